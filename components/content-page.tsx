import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { loadCatalog } from '@/lib/catalog/load';
import { compileMdx } from '@/lib/catalog/mdx.server';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import { pageMetadata } from '@/lib/page-metadata';
import { MdxContent } from './mdx-content';
import { LINK } from './ui';

function page(name: string, lang: Lang) {
  const doc = loadCatalog().pages.get(name)?.[lang];
  if (!doc) throw new Error(`content/pages/${name}/${lang}.mdx is missing`);
  return doc;
}

export function contentMetadata(name: string, lang: Lang): Metadata {
  const { title, summary } = page(name, lang).frontmatter;
  return pageMetadata(lang, title, summary);
}

/**
 * A prose page from content/pages/<name>/, with a table of contents of its second-level headings and,
 * under the heading of each id in `after`, what it holds.
 */
export async function ContentPage({
  name,
  lang,
  after,
}: {
  name: string;
  lang: Lang;
  after?: Record<string, ReactNode>;
}) {
  const doc = page(name, lang);
  const code = await compileMdx(doc.file, doc.body);
  const toc = doc.headings.filter((h) => h.level === 2);
  return (
    <>
      <h1 className="text-2xl font-bold">{doc.frontmatter.title}</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{doc.frontmatter.summary}</p>
      {toc.length > 2 && (
        <nav
          aria-label={t(lang).toc}
          className="mt-4 rounded border border-slate-200 p-3 text-sm dark:border-slate-800 print:hidden"
        >
          <p className="font-semibold">{t(lang).toc}</p>
          <ul className="mt-1 list-disc pl-5">
            {toc.map(({ id, text }) => (
              <li key={id}>
                <a href={`#${id}`} className={LINK}>
                  {text}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="mt-6">
        <MdxContent code={code} lang={lang} after={after} />
      </div>
    </>
  );
}
