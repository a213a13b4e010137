import { loadCatalog } from '@/lib/catalog/load';
import { classifyEntriesJson } from '@/lib/classify-page/entries-json';

export const dynamic = 'force-static';

/** What the classify page shows beside a verdict: each entry's and guide case's words, both languages. */
export function GET() {
  return Response.json(classifyEntriesJson(loadCatalog()));
}
