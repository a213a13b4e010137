import Link from 'next/link';
import { ClassifyHomeBox } from '@/components/classify-home-box';
import { StatusGroups } from '@/components/status-groups';
import { loadCatalog, statuses } from '@/lib/catalog/load';
import type { Lang } from '@/lib/catalog/schema';
import { t } from '@/lib/i18n';
import { localPath } from '@/lib/site';

export default async function Home({ params }: { params: Promise<{ lang: Lang }> }) {
  const { lang } = await params;
  const catalog = loadCatalog();
  const d = t(lang);
  return (
    <>
      <h1 className="text-2xl font-bold">{d.siteName}</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{d.homeIntro}</p>
      <div className="mt-6 grid gap-4 sm:grid-cols-2">
        <ClassifyHomeBox lang={lang} />
        <Link href={localPath(lang, '/guide/gateway-or-backend/')} className="rounded-lg border border-slate-300 p-4 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900">
          <span className="font-semibold">{d.homeGuide} →</span>
        </Link>
      </div>
      <h2 className="mt-8 text-xl font-semibold">{d.homeStatuses}</h2>
      <nav aria-label={d.homeStatuses} className="mt-2 flex flex-wrap gap-2">
        {statuses(catalog).map((s) => (
          <Link key={s} href={localPath(lang, `/status/${s}/`)} className="rounded border border-slate-300 px-2 py-1 font-mono text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
            {s}
          </Link>
        ))}
      </nav>
      <div className="mt-8">
        <StatusGroups catalog={catalog} lang={lang} anchored={false} />
      </div>
    </>
  );
}
