'use client';
import { useSyncExternalStore } from 'react';
import { langOfPath, nearestSlug } from '@/lib/address';
import type { Lang } from '@/lib/i18n/lang';
import * as routes from '@/lib/routes';
import { withBase } from '@/lib/routes';
import { LINK } from './ui';

const noop = () => () => {};

/** On the 404 page: for an address that looks like an old or mistyped entry slug, the entry it most likely meant. */
export function NotFoundHelp({
  lang,
  slugs,
  titles,
  label,
}: {
  lang: Lang;
  slugs: string[];
  titles: Record<string, string>;
  label: string;
}) {
  // The address is the browser's; the server rendered one page for all of them.
  const path = useSyncExternalStore(
    noop,
    () => window.location.pathname,
    () => '',
  );
  const slug = path && (langOfPath(path) ?? 'zh') === lang ? nearestSlug(path, slugs) : null;
  if (!slug) return null;
  return (
    <p className="mt-4" data-nearest-entry={slug}>
      {label}{' '}
      <a href={withBase(routes.entry(lang, slug))} className={LINK}>
        {titles[slug]}
      </a>
    </p>
  );
}
