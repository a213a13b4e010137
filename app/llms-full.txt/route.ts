import { loadCatalog } from '@/lib/catalog/load';
import { llmsFullTxt } from '@/lib/catalog/markdown';

// Every entry's Markdown in one file, both languages.
export const dynamic = 'force-static';

export function GET() {
  return new Response(llmsFullTxt(loadCatalog()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
