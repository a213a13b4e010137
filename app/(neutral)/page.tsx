import { LangRedirect } from '@/components/lang-redirect';
import { routes } from '@/lib/routes';

export default function Root() {
  return <LangRedirect path={routes.home(null)} />;
}
