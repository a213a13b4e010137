import { loadCatalog } from '@/lib/catalog/load';
import { llmsTxt } from '@/lib/catalog/markdown';

// The site's index for assistants (llmstxt.org): every entry and page with its Markdown, both languages.
export const dynamic = 'force-static';

export function GET() {
  return new Response(llmsTxt(loadCatalog()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
