import type { Metadata } from 'next';
import { StatusGroups } from '@/components/status-groups';
import { loadCatalog } from '@/lib/catalog/load';
import { checkedAgainst } from '@/lib/catalog/reference';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';

export async function generateMetadata({ params }: { params: Promise<{ lang: Lang }> }): Promise<Metadata> {
  return { title: t((await params).lang).allErrors };
}

/** The whole catalog on one page: `#slug` and `#status-N` anchors for links from tickets. */
export default async function AllErrors({ params }: { params: Promise<{ lang: Lang }> }) {
  const { lang } = await params;
  const checked = checkedAgainst();
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t(lang).allErrors}</h1>
      <p className="mb-6 text-sm text-slate-600 dark:text-slate-400" data-checked-against>
        {t(lang).checkedAgainst(checked.release, checked.commit, checked.date)}
      </p>
      <StatusGroups catalog={loadCatalog()} lang={lang} />
    </>
  );
}
