'use client';
import { useEffect, useState } from 'react';
import { commonText } from '@/lib/i18n/common';
import type { Lang } from '@/lib/i18n/lang';
import { serviceWorkerOffIn, SW_FILE } from '@/lib/service-worker';

const BASE = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/**
 * Registers the site's service worker (scripts/sw.ts: the classify and search pages work offline once visited),
 * unless the build turned it off (the page then carries lib/service-worker.ts's meta), and says so when the
 * network is gone. Rendered by the pages that work offline.
 */
export function OfflineLine({ lang }: { lang: Lang }) {
  const [offline, setOffline] = useState(false);
  useEffect(() => {
    if (!serviceWorkerOffIn(document) && 'serviceWorker' in navigator)
      navigator.serviceWorker.register(`${BASE}/${SW_FILE}`, { scope: `${BASE}/` }).catch(() => {
        // A browser or a site that forbids service workers: the page works as before, online.
      });
    const update = () => setOffline(!navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  if (!offline) return null;
  return (
    <p role="status" data-offline="" className="mt-2 rounded bg-amber-50 p-2 text-sm dark:bg-amber-950">
      {commonText(lang).offline}
    </p>
  );
}
