import type { Metadata } from 'next';
import { t } from './i18n';
import type { Lang } from './i18n/lang';

/**
 * A page's title and description, also as Open Graph tags, so that a link pasted into a chat or a ticket
 * system that shows previews names the error and its summary. No og:url or og:image: the export does not
 * know the host it will be served from, and a preview needs no picture.
 */
export function pageMetadata(
  lang: Lang,
  title: string,
  description: string,
  type: 'article' | 'website' = 'article',
): Metadata {
  return {
    title,
    description,
    openGraph: { title, description, type, siteName: t(lang).siteName, locale: lang === 'zh' ? 'zh_CN' : 'en_US' },
  };
}
