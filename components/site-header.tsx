import { SiteLink } from '@/components/ui';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import * as routes from '@/lib/routes';
import { LanguageSwitch } from './language-switch';
import { SearchBox } from './search/box';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader({ lang }: { lang: Lang }) {
  const d = t(lang);
  // The paste page first: what a reader comes with is a response.
  const links = [
    [routes.classify(lang), d.nav.classify],
    [routes.catalog(lang), d.nav.errors],
    [routes.guide(lang), d.nav.guide],
    [routes.headers(lang), d.nav.headers],
    [routes.esb(lang), d.nav.esb],
  ] as const;
  // Sticky only where it is one line. On a phone the name and the controls, then the navigation, which wraps
  // (an English phone: two lines) rather than scrolling sideways: a scroller hid links past its edge and clipped
  // the focus ring of a link half in view.
  return (
    <header className="site-header z-10 lg:sticky lg:top-0 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
        <SiteLink href={routes.home(lang)} className="text-sm font-semibold sm:text-base">
          {d.siteName}
        </SiteLink>
        <nav aria-label="main" className="order-last w-full lg:order-none lg:w-auto">
          <div className="flex flex-wrap gap-x-3 text-sm whitespace-nowrap">
            {links.map(([path, label]) => (
              <SiteLink
                key={path}
                href={path}
                className="inline-block rounded py-1 hover:underline focus-visible:outline-2 focus-visible:outline-blue-600"
              >
                {label}
              </SiteLink>
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
