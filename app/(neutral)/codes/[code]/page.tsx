import { LangRedirect } from '@/components/lang-redirect';
import { codes, loadCatalog } from '@/lib/catalog/load';
import * as routes from '@/lib/routes';

export const dynamicParams = false;
export function generateStaticParams() {
  return codes(loadCatalog()).map((code) => ({ code: String(code) }));
}

export default async function Redirect({ params }: { params: Promise<{ code: string }> }) {
  return <LangRedirect path={routes.code(null, (await params).code)} />;
}
