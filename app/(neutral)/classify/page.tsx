import { LangRedirect } from '@/components/lang-redirect';
import { routes } from '@/lib/routes';

export default function Redirect() {
  return <LangRedirect path={routes.classify(null)} />;
}
