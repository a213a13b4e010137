import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The site's small pieces, written once. A link in text is told apart by its underline, not its colour
 * alone (WCAG 1.4.1), in both themes; a thicker line on hover.
 */
export const LINK = 'text-blue-700 underline underline-offset-2 hover:decoration-2 dark:text-blue-300';

/**
 * Every link within the site: the one place that decides prefetching (never, so a page loads only what it
 * shows) and the sub-path (Next's Link adds it). Its look is the caller's: `LINK` for a link in text.
 */
export function SiteLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link prefetch={false} {...props} />;
}
