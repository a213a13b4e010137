'use client';
import { SiteLink } from '@/components/ui';
import type { Result } from '@/lib/classify';
import type { ClassifyEntries } from '@/lib/classify-page/entries-json';
import { classifyText } from '@/lib/i18n/classify';
import type { Lang } from '@/lib/i18n/lang';
import * as routes from '@/lib/routes';
import { FlowLogLink } from './fix-links';

const link = 'text-blue-700 underline dark:text-blue-300';

/**
 * The errors inside the error (contract: hops): the innermost real failure first, where someone must act,
 * then every layer from the response the caller got inwards, each with its status, code and entry. The
 * request id belongs to the response the caller got, the first layer: it is shown there, with its flow log.
 */
export function ClassifyHops({
  lang,
  result,
  entries,
}: {
  lang: Lang;
  result: Result;
  entries: ClassifyEntries | null;
}) {
  const d = classifyText(lang);
  const c = d.classify;
  if (result.hops.length < 2) return null;
  const name = (h: Result['hops'][number]) =>
    h.source === 'backend'
      ? d.chain.names[h.layer ?? 'backend']
      : h.source === 'unknown'
        ? d.chain.noResponse
        : d.chain.names[h.source];
  const titled = (slug: string | null) => {
    if (!slug || !entries) return null;
    const e = entries.entries[slug];
    if (e) return { title: e.title[lang], href: routes.entry(lang, slug) };
    const g = entries.guide[slug];
    return g ? { title: g.title[lang], href: routes.guide(lang, slug) } : null;
  };
  const innermost = [...result.hops].reverse().find((h) => titled(h.entry));
  const first = innermost ? titled(innermost.entry) : null;
  return (
    <div className="mt-4" data-hops={result.hops.length}>
      <h3 className="text-lg font-semibold">{c.hopsTitle}</h3>
      {first && innermost && innermost !== result.hops[0] && (
        <p className="mt-1" data-first-failure={innermost.entry ?? ''}>
          {c.firstFailure(name(innermost))}{' '}
          <SiteLink href={first.href} className={`font-medium ${link}`}>
            {first.title}
          </SiteLink>
        </p>
      )}
      {/* The chain of the layers: the caller, then each layer the call reached, inwards; the first failure marked. */}
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{c.hopsChain}</p>
      <ol className="mt-1 text-sm" aria-label={c.hopsTitle}>
        <li className="flex items-center gap-2 font-medium">
          <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full border-2 border-slate-500" />
          {d.chain.hops.caller.join(' ')}
        </li>
        {result.hops.map((h, i) => {
          const t = titled(h.entry);
          const failed = h === innermost;
          return (
            <li
              key={i}
              data-hop-source={h.source}
              data-hop-n={i + 1}
              {...(failed ? { 'aria-current': 'step' as const } : {})}
              className={`ml-[5px] border-l-2 py-1 pl-4 ${failed ? 'border-red-600 dark:border-red-400' : 'border-slate-400 dark:border-slate-500'}`}
            >
              <div className={failed ? 'rounded bg-red-50 px-2 py-1 dark:bg-red-950/40' : undefined}>
                <span aria-hidden="true">↳ </span>
                <span className="font-medium">{name(h)}</span>
                {h.status !== null && <span className="font-mono"> · HTTP {h.status}</span>}
                {h.code !== null && <span className="font-mono"> · {h.code}</span>}
                {failed && <span className="font-semibold text-red-800 dark:text-red-300"> · {c.failedHere}</span>}
                {t && (
                  <>
                    {' · '}
                    <SiteLink href={t.href} className={link}>
                      {t.title}
                    </SiteLink>
                  </>
                )}
                {i === 0 && result.request_id && (
                  <span className="block break-all font-mono text-xs" data-hop-request-id={result.request_id}>
                    X-Bkapi-Request-ID: {result.request_id}
                    <FlowLogLink lang={lang} requestId={result.request_id} />
                  </span>
                )}
                {h.message && <code className="mt-0.5 block break-all text-xs">{h.message.slice(0, 240)}</code>}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
