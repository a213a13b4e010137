import type { ReactNode } from 'react';
import type { Lang } from '@/lib/i18n/lang';
import { CopyLinkButton } from './copy-link-button';

/**
 * A heading people can link to: an anchor on its text and a visible copy-link button. `hash` names the
 * target when an enclosing element carries the id (a status group), else the heading's own `id`.
 */
export function Heading({
  level,
  id,
  hash,
  lang,
  children,
}: {
  level: 1 | 2 | 3;
  id?: string;
  hash?: string;
  lang: Lang;
  children: ReactNode;
}) {
  const Tag = `h${level}` as const;
  const target = hash ?? id ?? '';
  const size = { 1: 'text-2xl font-bold', 2: 'text-xl font-semibold', 3: 'text-lg font-semibold' }[level];
  return (
    <Tag id={id} className={`group flex scroll-mt-20 flex-wrap items-center gap-2 ${size}`}>
      <a href={`#${target}`} className="[color:inherit] [font-weight:inherit] no-underline hover:underline">
        {children}
      </a>
      <CopyLinkButton hash={target} lang={lang} compact />
    </Tag>
  );
}
