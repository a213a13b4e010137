import type { Metadata } from 'next';
import './globals.css';
import { ThemeScript } from '@/components/theme-script';
import { LANGS } from '@/lib/catalog/schema';
import { t } from '@/lib/i18n';
import { BASE_PATH, localPath } from '@/lib/site';

export const metadata: Metadata = {
  title: '404 · 页面不存在 · Page not found',
  // Without it the browser asks for /favicon.ico, which the export does not have (a second 404).
  icons: { icon: `${BASE_PATH}/favicon.svg` },
  referrer: 'no-referrer',
};

/** The export's 404.html: both languages, since an unknown address says nothing of the reader's. */
export default function GlobalNotFound() {
  return (
    <html lang="zh-CN">
      <head>
        <ThemeScript />
      </head>
      <body className="bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <main className="mx-auto max-w-2xl space-y-8 p-8">
          {LANGS.map((lang) => (
            <section key={lang} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
              <h1 className="text-2xl font-bold">{t(lang).notFoundTitle}</h1>
              <p className="mt-2">{t(lang).notFoundText}</p>
              <p className="mt-2 flex gap-4">
                <a
                  href={BASE_PATH + localPath(lang, '/errors/')}
                  className="text-blue-700 underline dark:text-blue-300"
                >
                  {t(lang).allErrors}
                </a>
                <a
                  href={BASE_PATH + localPath(lang, '/search/')}
                  className="text-blue-700 underline dark:text-blue-300"
                >
                  {t(lang).nav.search}
                </a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
