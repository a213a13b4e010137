'use client';
import { useEffect, useState, type ReactNode } from 'react';
import { SiteLink } from '@/components/ui';
import { isPlatformCode } from '@/lib/catalog/codes';
import type { MatchRule } from '@/lib/catalog/rules';
import { readQuery, resolve, type Resolution } from '@/lib/classify';
import type { Lang } from '@/lib/i18n/lang';
import * as routes from '@/lib/routes';
import { withBase } from '@/lib/routes';
import { fetchStaticJson } from './fetch-static';

export type ResolverEntry = {
  slug: string;
  title: string;
  status: number;
  code: number | null;
  code_name: string | null;
};

type State = { kind: 'loading' } | { kind: 'failed' } | { kind: 'backend'; code: string } | Resolution;

/** The page's strings, passed from the server so the dictionary stays out of the bundle; `{n}` is a number. */
export type ResolverStrings = Record<
  'finding' | 'several' | 'empty' | 'failed' | 'statusPage' | 'codePage' | 'backend' | 'backendLink',
  string
>;

/** Where a resolution sends the reader at once; null where the page shows it (a list, nothing asked). */
function target(lang: Lang, r: State): string | null {
  if (r.kind === 'entry') return routes.entry(lang, r.entry, r.reason);
  if (r.kind === 'search') return routes.search(lang, r.q);
  return null;
}

/**
 * Reads the address's query once the page is open, matches it against the classifier's rules (the site's
 * /classify-rules.json) and replaces the address with the entry's, so Back returns to where the link was.
 */
export function Resolver({
  lang,
  entries,
  strings: r,
  index,
}: {
  lang: Lang;
  entries: ResolverEntry[];
  strings: ResolverStrings;
  index: ReactNode;
}) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    fetchStaticJson<MatchRule[]>('/classify-rules.json').then(
      (rules) => {
        if (!live) return;
        const query = readQuery(window.location.search);
        // A code of neither the gateway's nor the ESB's shape, that no entry has, is the backend's own: no entry
        // is "nearest" to it (9999999 is not near 499, 40403 is no ESB code).
        const code = query.code?.trim() ?? '';
        if (/^\d+$/.test(code) && !isPlatformCode(code) && !rules.some((rule) => String(rule.code) === code)) {
          setState({ kind: 'backend', code });
          return;
        }
        const resolution = resolve(query, rules);
        const to = target(lang, resolution);
        if (to) window.location.replace(withBase(to));
        setState(resolution);
      },
      () => live && setState({ kind: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [lang]);

  const to = target(lang, state);
  if (state.kind === 'loading' || to)
    return (
      <p className="mt-6" role="status" data-resolver="finding">
        {to ? (
          <SiteLink href={to} className="underline">
            {r.finding}
          </SiteLink>
        ) : (
          r.finding
        )}
      </p>
    );
  if (state.kind === 'list') {
    const listed = state.entries.map((slug) => entries.find((e) => e.slug === slug)).filter((e) => e !== undefined);
    return (
      <section className="mt-6" data-resolver="list">
        <p>{r.several}</p>
        <ul className="mt-3 grid gap-2">
          {listed.map((e) => (
            <li key={e.slug} data-entry={e.slug}>
              <SiteLink href={routes.entry(lang, e.slug)} className="underline">
                {e.title}
              </SiteLink>{' '}
              <span className="font-mono text-sm text-slate-600 dark:text-slate-400">
                {e.status} {e.code ?? ''} {e.code_name ?? ''}
              </span>
            </li>
          ))}
        </ul>
        <p className="mt-4 text-sm">
          {state.code !== null ? (
            <SiteLink href={routes.code(lang, state.code)} className="underline">
              {r.codePage.replace('{n}', String(state.code))}
            </SiteLink>
          ) : state.status !== null ? (
            <SiteLink href={routes.status(lang, state.status)} className="underline">
              {r.statusPage.replace('{n}', String(state.status))}
            </SiteLink>
          ) : null}
        </p>
      </section>
    );
  }
  if (state.kind === 'backend')
    return (
      <section className="mt-6" data-resolver="backend">
        <p>{r.backend.replace('{n}', state.code)}</p>
        <p className="mt-2">
          <SiteLink href={routes.guide(lang, 'backend-service-response')} className="underline">
            {r.backendLink}
          </SiteLink>
        </p>
      </section>
    );
  const example = routes.resolver(lang, { code: '1640001', message: 'app code cannot be empty' });
  return (
    <section className="mt-6" data-resolver={state.kind}>
      <p>{state.kind === 'failed' ? r.failed : r.empty}</p>
      {state.kind === 'empty' ? (
        <p className="mt-2">
          {/* A full load: the resolver reads its address once, when the page opens. */}
          <a href={withBase(example)} className="font-mono text-sm break-all underline">
            {withBase(example)}
          </a>
        </p>
      ) : null}
      {index}
    </section>
  );
}
