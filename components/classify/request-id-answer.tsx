'use client';
import { feedbackStrings } from '@/lib/i18n/feedback';
import type { Lang } from '@/lib/i18n/lang';
import { linksText } from '@/lib/i18n/links';
import { flowLogUrl } from '@/lib/links/address';
import { ExternalLink } from '../external-link';
import { useSiteConfig } from '../use-site-config';

/** A bare request id pasted: said to be one, with its flow log where the dashboard is set, not "unknown". */
export function RequestIdAnswer({ lang, requestId }: { lang: Lang; requestId: string }) {
  const d = linksText(lang);
  const href = flowLogUrl(useSiteConfig(), requestId);
  return (
    <section aria-labelledby="verdict-title" className="mt-6" data-request-id-answer={requestId}>
      <h2 id="verdict-title" className="text-xl font-semibold">
        {d.requestIdTitle}
      </h2>
      <div className="mt-2 rounded-lg border-l-4 border-slate-400 bg-slate-50 p-4 dark:bg-slate-900">
        <p className="font-mono text-sm break-all">X-Bkapi-Request-ID: {requestId}</p>
        <p className="mt-2">{d.requestIdBody}</p>
        <p className="mt-2">
          {href ? (
            <ExternalLink href={href} kind="flow-log" newTab={feedbackStrings(lang).newTab}>
              {d.flowLog}
            </ExternalLink>
          ) : (
            d.requestIdNoLink
          )}
        </p>
      </div>
    </section>
  );
}
