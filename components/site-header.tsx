import Link from 'next/link';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import { localPath } from '@/lib/site';
import { LanguageSwitch } from './language-switch';
import { SearchBox } from './search-box';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader({ lang }: { lang: Lang }) {
  const d = t(lang);
  const links = [
    ['/errors/', d.nav.errors],
    ['/guide/gateway-or-backend/', d.nav.guide],
    ['/headers/', d.nav.headers],
    ['/esb/', d.nav.esb],
    ['/classify/', d.nav.classify],
  ] as const;
  // Sticky only where it is one line. On a phone it is two rows: the name and the controls, then the
  // navigation, which scrolls sideways rather than wrapping into a third.
  return (
    <header className="site-header z-10 lg:sticky lg:top-0 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
        <Link prefetch={false} href={localPath(lang, '/')} className="text-sm font-semibold sm:text-base">
          {d.siteName}
        </Link>
        <nav aria-label="main" className="order-last -mx-1 w-full overflow-x-auto px-1 lg:order-none lg:w-auto">
          <div className="flex gap-x-3 text-sm whitespace-nowrap">
            {links.map(([path, label]) => (
              <Link
                prefetch={false}
                key={path}
                href={localPath(lang, path)}
                className="inline-block py-1 hover:underline"
              >
                {label}
              </Link>
            ))}
          </div>
        </nav>
        <div className="ml-auto flex items-center gap-1">
          <SearchBox lang={lang} />
          <LanguageSwitch lang={lang} />
          <ThemeToggle lang={lang} />
        </div>
      </div>
    </header>
  );
}
