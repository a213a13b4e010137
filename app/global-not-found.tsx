import type { Metadata } from 'next';
import './globals.css';
import { NotFoundHelp } from '@/components/not-found-help';
import { SiteConfigMeta } from '@/components/site-config-meta';
import { SiteHeader } from '@/components/site-header';
import { ThemeScript } from '@/components/theme-script';
import { LINK } from '@/components/ui';
import { loadCatalog } from '@/lib/catalog/load';
import { t } from '@/lib/i18n';
import { LANGS } from '@/lib/i18n/lang';
import * as routes from '@/lib/routes';
import { withBase } from '@/lib/routes';
import { BASE_PATH } from '@/lib/site';

export const metadata: Metadata = {
  title: `404 · ${t('zh').notFoundTitle} · ${t('en').notFoundTitle}`,
  // Without it the browser asks for /favicon.ico, which the export does not have (a second 404).
  icons: { icon: `${BASE_PATH}/favicon.svg` },
  referrer: 'no-referrer',
};

/**
 * Before the first paint, the language of the address asked for (`/en/…` is English, anything else Chinese):
 * the page holds both, and shows that one. Without JavaScript both show.
 */
const LANG_SCRIPT = `(function(){var p=location.pathname,b=${JSON.stringify(BASE_PATH)};if(b&&p.indexOf(b)===0)p=p.slice(b.length);var l=/^\\/en(\\/|$)/.test(p)?'en':'zh',d=document.documentElement;d.dataset.lang=l;d.lang=l==='en'?'en':'zh-CN'})()`;

/**
 * The export's 404.html, served for every unknown address: the site's header (navigation, search, language,
 * theme) and the way on, in the language of the address, with the entry an old slug most likely meant.
 */
export default function GlobalNotFound() {
  const catalog = loadCatalog();
  const slugs = [...catalog.bySlug.keys()];
  return (
    <html lang="zh-CN" suppressHydrationWarning>
      <head>
        <ThemeScript />
        <script dangerouslySetInnerHTML={{ __html: LANG_SCRIPT }} />
        <SiteConfigMeta />
      </head>
      <body className="bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        {LANGS.map((lang) => {
          const d = t(lang);
          return (
            <div key={lang} data-lang-block={lang} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
              <SiteHeader lang={lang} />
              <main className="mx-auto max-w-5xl px-4 py-8">
                <h1 className="text-2xl font-bold">{d.notFoundTitle}</h1>
                <p className="mt-2">{d.notFoundText}</p>
                <NotFoundHelp
                  lang={lang}
                  slugs={slugs}
                  titles={Object.fromEntries(
                    slugs.map((s) => [s, catalog.bySlug.get(s)!.docs[lang].frontmatter.title]),
                  )}
                  label={d.notFoundNearest}
                />
                <p className="mt-4 flex flex-wrap gap-4">
                  <a href={withBase(routes.catalog(lang))} className={LINK}>
                    {d.allErrors}
                  </a>
                  <a href={withBase(routes.search(lang))} className={LINK}>
                    {d.nav.search}
                  </a>
                  <a href={withBase(routes.classify(lang))} className={LINK}>
                    {d.nav.classify}
                  </a>
                </p>
              </main>
            </div>
          );
        })}
      </body>
    </html>
  );
}
