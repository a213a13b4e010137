import type { ReactNode } from 'react';
import { LINK } from './ui';

/**
 * A link into the reader's own BlueKing or tracker: a plain `<a>` they click, in a new tab, sending no
 * referrer and giving the new page no handle on this one. `kind` names what it opens, for tools and tests.
 */
export function ExternalLink({
  href,
  kind,
  newTab,
  children,
}: {
  href: string;
  kind: string;
  /** "(opens in a new tab)" in the reader's language, for screen readers. */
  newTab: string;
  children: ReactNode;
}) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" data-portal-link={kind} className={LINK}>
      {children}
      <span className="sr-only"> {newTab}</span>
    </a>
  );
}
