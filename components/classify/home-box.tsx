'use client';
import { useRouter } from 'next/navigation';
import { useRef, useSyncExternalStore } from 'react';
import { HANDOFF_KEY, MAX_INPUT } from '@/lib/classify-page/limits';
import type { Lang } from '@/lib/i18n/lang';
import * as routes from '@/lib/routes';

const noSubscription = () => () => {};

/**
 * The home page's paste box. It hands the paste to the classify page through sessionStorage, which stays
 * in this tab: never through the address, where an unmasked paste would reach a server's log and the
 * browser's history. There is no <form>, so even without JavaScript nothing is ever submitted. Its words
 * come from the page (server-rendered), so the dictionary does not ship with it.
 */
export function ClassifyHomeBox({
  lang,
  labels,
}: {
  lang: Lang;
  labels: { title: string; help: string; submit: string };
}) {
  const router = useRouter();
  const box = useRef<HTMLTextAreaElement>(null);
  // False in the server's HTML, true once hydrated: the button works only with JavaScript.
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  function go() {
    const text = box.current?.value ?? '';
    // A bare code or code_name is not a response to judge: it opens its entry, through the resolver.
    const bare = text.trim();
    if (/^\d{7}$/.test(bare)) return router.push(routes.resolver(lang, { code: bare }));
    if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(bare)) return router.push(routes.resolver(lang, { code_name: bare }));
    try {
      if (text.trim() && text.length <= MAX_INPUT) sessionStorage.setItem(HANDOFF_KEY, text);
    } catch {
      // Storage full or disabled: the classify page opens empty and the person pastes there.
    }
    router.push(routes.classify(lang));
  }

  return (
    <div className="rounded-lg border border-blue-300 p-4 dark:border-blue-800">
      <label htmlFor="home-paste" className="font-semibold">
        {labels.title}
      </label>
      <p id="home-paste-help" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {labels.help}
      </p>
      <textarea
        id="home-paste"
        ref={box}
        rows={4}
        spellCheck={false}
        aria-describedby="home-paste-help"
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) go();
        }}
        className="mt-2 block w-full rounded border border-slate-400 bg-white p-2 font-mono text-sm focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900"
      />
      <button
        type="button"
        disabled={!ready}
        onClick={go}
        className="mt-2 rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:opacity-60"
      >
        {labels.submit} →
      </button>
    </div>
  );
}
