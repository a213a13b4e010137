import { LangRedirect } from '@/components/lang-redirect';
import { loadCatalog } from '@/lib/catalog/load';
import * as routes from '@/lib/routes';

export const dynamicParams = false;
export function generateStaticParams() {
  const catalog = loadCatalog();
  return [...catalog.bySlug.keys(), ...catalog.aliases.keys()].map((slug) => ({ slug }));
}

export default async function Redirect({ params }: { params: Promise<{ slug: string }> }) {
  return <LangRedirect path={routes.entry(null, (await params).slug)} />;
}
