import { loadRules } from '@/lib/catalog/load';

export const dynamic = 'force-static';

/** The classifier's match rules, built from the catalog at build time; the classify page's worker loads them. */
export function GET() {
  return Response.json(loadRules());
}
