'use client';
import { usePathname } from 'next/navigation';
import { LANG_SWITCH_EVENT, type LangSwitchDetail } from '@/lib/classify-page/limits';
import type { Lang } from '@/lib/i18n/lang';
import { ui } from '@/lib/i18n/ui';
import { BASE_PATH, switchLang } from '@/lib/site';

/**
 * Links to this page in the other language; slugs and anchors are shared, so the fragment comes along, and a
 * page may add its state to it (LANG_SWITCH_EVENT).
 */
export function LanguageSwitch({ lang }: { lang: Lang }) {
  const to: Lang = lang === 'zh' ? 'en' : 'zh';
  const href = BASE_PATH + switchLang(usePathname(), to);
  return (
    <a
      href={href}
      hrefLang={to}
      lang={to}
      aria-label={ui(lang).langSwitch}
      onClick={(e) => {
        const detail: LangSwitchDetail = { hash: window.location.hash };
        window.dispatchEvent(new CustomEvent(LANG_SWITCH_EVENT, { detail }));
        e.currentTarget.href = href + window.location.search + detail.hash;
      }}
      className="rounded px-2 py-1 text-sm hover:bg-slate-200 focus-visible:outline-2 focus-visible:outline-blue-600 dark:hover:bg-slate-700"
    >
      {ui(lang).langName}
    </a>
  );
}
