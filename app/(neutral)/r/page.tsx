import { LangRedirect } from '@/components/lang-redirect';

/** The resolver's language-neutral address: the redirect keeps the query for the page in the reader's language. */
export default function Redirect() {
  return <LangRedirect path="/r/" />;
}
