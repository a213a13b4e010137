import { ContentPage, contentMetadata } from '@/components/content-page';
import type { Lang } from '@/lib/i18n/lang';

type Params = { params: Promise<{ lang: Lang }> };

export async function generateMetadata({ params }: Params) {
  return contentMetadata('esb', (await params).lang);
}

export default async function EsbPage({ params }: Params) {
  return <ContentPage name="esb" lang={(await params).lang} />;
}
