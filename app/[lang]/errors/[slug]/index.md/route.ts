import { loadCatalog } from '@/lib/catalog/load';
import { entryMarkdown } from '@/lib/catalog/markdown';
import { perLang } from '@/lib/catalog/params';
import { LANGS, type Lang } from '@/lib/i18n/lang';

// `/{lang}/errors/{slug}/index.md`: the entry as Markdown, for people and assistants (nginx: text/markdown).
export const dynamic = 'force-static';
export const dynamicParams = false;
export function generateStaticParams() {
  return perLang('slug', [...loadCatalog().bySlug.keys()]);
}

export async function GET(_req: Request, { params }: { params: Promise<{ lang: string; slug: string }> }) {
  const { lang, slug } = await params;
  const catalog = loadCatalog();
  const entry = catalog.bySlug.get(slug);
  if (!entry || !LANGS.includes(lang as Lang)) return new Response('not found', { status: 404 });
  return new Response(entryMarkdown(catalog, entry, lang as Lang), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
}
