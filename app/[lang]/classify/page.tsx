import Link from 'next/link';
import type { Lang } from '@/lib/catalog/schema';
import { localPath } from '@/lib/site';

// Placeholder until the classify page lands (its own issue); the address is already part of the contract.
export default async function ClassifyPage({ params }: { params: Promise<{ lang: Lang }> }) {
  const { lang } = await params;
  return (
    <>
      <h1 className="text-2xl font-bold">{lang === 'zh' ? '粘贴响应' : 'Paste a response'}</h1>
      <p className="mt-2">
        {lang === 'zh' ? '这个页面即将上线。现在可以先看：' : 'This page is coming. Meanwhile, read:'}{' '}
        <Link href={localPath(lang, '/guide/gateway-or-backend/')} className="text-blue-700 underline dark:text-blue-300">
          {lang === 'zh' ? '如何区分网关错误和后端错误' : 'How to tell a gateway error from a backend one'}
        </Link>
      </p>
    </>
  );
}
