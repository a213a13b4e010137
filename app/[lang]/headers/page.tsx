import { ContentPage, contentMetadata } from '@/components/content-page';
import type { Lang } from '@/lib/i18n/lang';

type Params = { params: Promise<{ lang: Lang }> };

export async function generateMetadata({ params }: Params) {
  return contentMetadata('headers', (await params).lang);
}

export default async function HeadersPage({ params }: Params) {
  return <ContentPage name="headers" lang={(await params).lang} />;
}
