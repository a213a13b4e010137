import { ChainPicture } from '@/components/chain-picture';
import { ContentPage, contentMetadata } from '@/components/content-page';
import type { Hop } from '@/lib/classify-page/chain';
import type { Lang } from '@/lib/i18n/lang';

type Params = { params: Promise<{ lang: Lang }> };

/** The guide's cases that the source document showed with a screenshot: the chain, with the hop that answers marked. */
const PICTURES: Record<string, Hop> = {
  'gateway-response': 'gateway',
  'access-layer-page': 'access-layer',
  'backend-service-response': 'service',
  'legacy-esb': 'esb',
};

export async function generateMetadata({ params }: Params) {
  return contentMetadata('gateway-or-backend', (await params).lang);
}

export default async function GuidePage({ params }: Params) {
  const { lang } = await params;
  const after = Object.fromEntries(
    Object.entries(PICTURES).map(([id, hop]) => [
      id,
      <ChainPicture key={id} lang={lang} hop={hop} id={`chain-${id}`} />,
    ]),
  );
  return <ContentPage name="gateway-or-backend" lang={lang} after={after} />;
}
