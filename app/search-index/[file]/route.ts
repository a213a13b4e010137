import { loadCatalog } from '@/lib/catalog/load';
import { LANGS } from '@/lib/i18n/lang';
import { buildSearchIndex } from '@/lib/search/build-index';

// One file per language (`/search-index/zh.json`), so a reader downloads only the language they read in.
export const dynamic = 'force-static';
export const dynamicParams = false;
export function generateStaticParams() {
  return LANGS.map((lang) => ({ file: `${lang}.json` }));
}

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const lang = LANGS.find((l) => file === `${l}.json`);
  if (!lang) return new Response('not found', { status: 404 });
  return Response.json(buildSearchIndex(loadCatalog(), lang));
}
