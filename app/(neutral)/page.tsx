import { LangRedirect } from '@/components/lang-redirect';

export default function Root() {
  return <LangRedirect path="/" />;
}
