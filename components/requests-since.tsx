'use client';
import { useEffect, useState } from 'react';
import { commonText } from '@/lib/i18n/common';
import type { Lang } from '@/lib/i18n/lang';
import { requestsSince, type Fetched } from '@/lib/privacy/requests';
import { OfflineLine } from './offline';

/**
 * A live line under the paste box: how many requests the page made since the last paste, counted from the
 * browser's own resource timing, each listed. The element carries `data-requests-since-paste` with the count.
 */
export function RequestsSincePaste({ lang, since }: { lang: Lang; since: number | null }) {
  const t = commonText(lang).requests;
  const [entries, setEntries] = useState<Fetched[]>([]);
  useEffect(() => {
    if (typeof PerformanceObserver === 'undefined') return;
    const seen = () =>
      setEntries(performance.getEntriesByType('resource').map((e) => ({ name: e.name, startTime: e.startTime })));
    seen();
    const observer = new PerformanceObserver(seen);
    observer.observe({ type: 'resource', buffered: true });
    return () => observer.disconnect();
  }, []);
  if (since === null) return <OfflineLine lang={lang} />;
  const { requests, carrying } = requestsSince(entries, since, window.location.origin);
  return (
    <>
      <OfflineLine lang={lang} />
      <div
        className="mt-2 text-sm text-slate-600 dark:text-slate-400"
        role="status"
        data-requests-since-paste={requests.length}
      >
        <p>{t.since(requests.length, carrying.length)}</p>
        {requests.length > 0 && (
          <ul className="mt-1 list-disc pl-6 font-mono text-xs">
            {requests.slice(0, 10).map((r, i) => (
              <li key={`${i}-${r}`} className="break-all">
                {r}
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
