import type { Metadata } from 'next';
import { ClassifyForm } from '@/components/classify/form';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';

export async function generateMetadata({ params }: { params: Promise<{ lang: Lang }> }): Promise<Metadata> {
  const { lang } = await params;
  return { title: t(lang).classify.title, description: t(lang).classify.intro };
}

/**
 * The paste-your-response classifier. Everything happens in the client island and its worker; the site's
 * Content-Security-Policy (scripts/csp.mjs puts it in every page, nginx sends it too) keeps a paste from
 * reaching anything but the site's own files.
 */
export default async function ClassifyPage({ params }: { params: Promise<{ lang: Lang }> }) {
  const { lang } = await params;
  const c = t(lang).classify;
  return (
    <>
      <h1 className="text-2xl font-bold">{c.title}</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{c.intro}</p>
      <noscript>
        <p className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950">
          {c.noscript}
        </p>
      </noscript>
      <ClassifyForm lang={lang} />
    </>
  );
}
