import { ContentPage, contentMetadata } from '@/components/content-page';
import type { Lang } from '@/lib/catalog/schema';

type Params = { params: Promise<{ lang: Lang }> };

export async function generateMetadata({ params }: Params) {
  return contentMetadata('gateway-or-backend', (await params).lang);
}

export default async function GuidePage({ params }: Params) {
  return <ContentPage name="gateway-or-backend" lang={(await params).lang} />;
}
