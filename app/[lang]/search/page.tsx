import type { Metadata } from 'next';
import { SearchPage } from '@/components/search/page';
import { loadCatalog, statuses } from '@/lib/catalog/load';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import * as routes from '@/lib/routes';
import { withBase } from '@/lib/routes';

export async function generateMetadata({ params }: { params: Promise<{ lang: Lang }> }): Promise<Metadata> {
  return { title: t((await params).lang).nav.search };
}

/** Search results for `?q=`, computed in the browser from the static index; without JavaScript, a form and the catalog. */
export default async function Search({ params }: { params: Promise<{ lang: Lang }> }) {
  const { lang } = await params;
  const d = t(lang);
  return (
    <>
      <h1 className="text-2xl font-bold">{d.nav.search}</h1>
      <noscript>
        <p className="mt-3">
          {d.search.noscript}{' '}
          <a href={withBase(routes.catalog(lang))} className="text-blue-700 underline dark:text-blue-300">
            {d.search.catalog}
          </a>
          .
        </p>
      </noscript>
      <SearchPage lang={lang} statuses={statuses(loadCatalog())} />
    </>
  );
}
