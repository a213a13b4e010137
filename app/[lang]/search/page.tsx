import Link from 'next/link';
import type { Lang } from '@/lib/catalog/schema';
import { localPath } from '@/lib/site';

// Placeholder until search lands (its own issue); the address is already part of the contract.
export default async function SearchPage({ params }: { params: Promise<{ lang: Lang }> }) {
  const { lang } = await params;
  return (
    <>
      <h1 className="text-2xl font-bold">{lang === 'zh' ? '搜索' : 'Search'}</h1>
      <p className="mt-2">
        <Link href={localPath(lang, '/errors/')} className="text-blue-700 underline dark:text-blue-300">
          {lang === 'zh' ? '浏览全部错误' : 'Browse all errors'}
        </Link>
      </p>
    </>
  );
}
