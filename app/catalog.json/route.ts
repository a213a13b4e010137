import { catalogJson } from '@/lib/catalog/catalog-json';
import { loadCatalog } from '@/lib/catalog/load';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(catalogJson(loadCatalog()));
}
