import { knowledgePack } from '@/lib/catalog/knowledge';
import { loadCatalog } from '@/lib/catalog/load';

// The knowledge pack (English): the catalog in the shape of the gateway dashboard's own api_response_err_code_en.md, for its AI
// (docs/knowledge-pack.md). Written at build time from the one loader.
export const dynamic = 'force-static';

export function GET() {
  return new Response(knowledgePack(loadCatalog(), 'en'), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
}
