import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { REDIRECT_SCRIPT } from '@/components/lang-redirect';
import { SiteConfigMeta } from '@/components/site-config-meta';
import { t } from '@/lib/i18n';
import { BASE_PATH } from '@/lib/site';

export const metadata: Metadata = {
  title: `${t('zh').siteName} · ${t('en').siteName}`,
  robots: { index: false },
  icons: { icon: `${BASE_PATH}/favicon.svg` },
  referrer: 'no-referrer',
};

/** Root layout of the language-neutral addresses: each is only a redirect to the reader's language. */
export default function NeutralLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <head>
        <script dangerouslySetInnerHTML={{ __html: REDIRECT_SCRIPT }} />
        <SiteConfigMeta />
      </head>
      <body>{children}</body>
    </html>
  );
}
