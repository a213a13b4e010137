import { LangRedirect } from '@/components/lang-redirect';
import * as routes from '@/lib/routes';

export default function Redirect() {
  return <LangRedirect path={routes.headers(null)} />;
}
