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
      <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm">
        {result.hops.map((h, i) => {
          const t = titled(h.entry);
          return (
            <li key={i} data-hop-source={h.source}>
              <span className="font-medium">{name(h)}</span>
              {h.status !== null && <span className="font-mono"> · HTTP {h.status}</span>}
              {h.code !== null && <span className="font-mono"> · {h.code}</span>}
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
            </li>
          );
        })}
      </ol>
    </div>
  );
}
