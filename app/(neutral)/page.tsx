import { LangRedirect } from '@/components/lang-redirect';
import * as routes from '@/lib/routes';

export default function Root() {
  return <LangRedirect path={routes.home(null)} />;
}
