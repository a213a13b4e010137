import { LangRedirect } from '@/components/lang-redirect';
import { loadCatalog, statuses } from '@/lib/catalog/load';
import * as routes from '@/lib/routes';

export const dynamicParams = false;
export function generateStaticParams() {
  return statuses(loadCatalog()).map((status) => ({ status: String(status) }));
}

export default async function Redirect({ params }: { params: Promise<{ status: string }> }) {
  return <LangRedirect path={routes.status(null, (await params).status)} />;
}
