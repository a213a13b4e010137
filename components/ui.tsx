import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The site's small pieces, written once. A link in text is told apart by its underline, not its colour
 * alone (WCAG 1.4.1), in both themes; a thicker line on hover.
 */
export const LINK = 'text-blue-700 underline underline-offset-2 hover:decoration-2 dark:text-blue-300';

/** A link within the site: Next adds the sub-path; never prefetched, so a page loads only what it shows. */
export function SiteLink({ className = LINK, ...props }: ComponentProps<typeof Link>) {
  return <Link prefetch={false} className={className} {...props} />;
}
