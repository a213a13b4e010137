import { LangRedirect } from '@/components/lang-redirect';

export default function Redirect() {
  return <LangRedirect path="/errors/" />;
}
