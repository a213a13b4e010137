import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '../globals.css';
import { SiteConfigMeta } from '@/components/site-config-meta';
import { SiteHeader } from '@/components/site-header';
import { ThemeScript } from '@/components/theme-script';
import { t } from '@/lib/i18n';
import { LANGS, type Lang } from '@/lib/i18n/lang';
import { pageMetadata } from '@/lib/page-metadata';
import { BASE_PATH } from '@/lib/site';

export const dynamicParams = false;
export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: { params: Promise<{ lang: Lang }> }): Promise<Metadata> {
  const { lang } = await params;
  return {
    title: { default: t(lang).siteName, template: `%s · ${t(lang).siteName}` },
    description: t(lang).siteDescription,
    openGraph: pageMetadata(lang, t(lang).siteName, t(lang).siteDescription, 'website').openGraph,
    icons: { icon: `${BASE_PATH}/favicon.svg` },
    // Also sent as a header by nginx; the <meta> covers static hosts that cannot set headers.
    referrer: 'no-referrer',
  };
}

export default async function LangLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const lang = (await params).lang as Lang;
  return (
    <html lang={lang === 'zh' ? 'zh-CN' : 'en'} suppressHydrationWarning>
      <head>
        <ThemeScript />
        <SiteConfigMeta />
      </head>
      <body className="bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-2 focus:text-blue-800 focus:shadow dark:focus:bg-slate-900 dark:focus:text-blue-200 print:hidden"
        >
          {t(lang).skip}
        </a>
        <SiteHeader lang={lang} />
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
