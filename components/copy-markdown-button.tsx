'use client';
import { useState } from 'react';
import { fetchStatic } from './fetch-static';

/**
 * Copies the entry's Markdown (its `index.md`, a static file of the site) for an assistant or a ticket.
 * Beside it the page links the same file, for a reader without JavaScript.
 */
export function CopyMarkdownButton({
  href,
  label,
  copied,
  failed,
}: {
  href: string;
  label: string;
  copied: string;
  failed: string;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      const res = await fetchStatic(href);
      await navigator.clipboard.writeText(await res.text());
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2000);
  }
  return (
    <button
      type="button"
      onClick={copy}
      data-copy="markdown"
      className="inline-flex shrink-0 items-center rounded border border-slate-300 px-1.5 py-0.5 text-xs text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:text-slate-300 dark:hover:bg-slate-800 print:hidden"
    >
      <span aria-live="polite">{state === 'copied' ? copied : state === 'failed' ? failed : label}</span>
    </button>
  );
}
