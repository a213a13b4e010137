import { LangRedirect } from '@/components/lang-redirect';
import * as routes from '@/lib/routes';

/** The resolver's language-neutral address: the redirect keeps the query for the page in the reader's language. */
export default function Redirect() {
  return <LangRedirect path={routes.resolver(null)} />;
}
