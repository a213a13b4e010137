'use client';
import { useState } from 'react';
import type { Lang } from '@/lib/i18n/lang';
import { ui } from '@/lib/i18n/ui';

/**
 * Copies the absolute address of this page, or of `hash` on it, or of `path` (an entry on a list page).
 * The address is built from the current location so it carries the host and sub-path the reader is on.
 */
export function CopyLinkButton({
  lang,
  hash,
  path,
  compact = false,
}: {
  lang: Lang;
  hash?: string;
  path?: string;
  /** A heading's: the icon alone, its words for screen readers and once copied; faint until hovered or focused. */
  compact?: boolean;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const d = ui(lang);
  async function copy() {
    const url = new URL(path ?? window.location.href, window.location.href);
    url.hash = hash ?? (path ? '' : url.hash);
    url.search = '';
    try {
      await navigator.clipboard.writeText(url.href);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2000);
  }
  const label = state === 'copied' ? d.copied : state === 'failed' ? d.copyFailed : d.copyLink;
  return (
    <button
      type="button"
      onClick={copy}
      data-copy-link={hash ?? path ?? ''}
      aria-label={`${d.copyLink}${hash ? ` #${hash}` : ''}`}
      title={label}
      className={`copy-link inline-flex shrink-0 items-center gap-1 rounded border border-slate-300 px-1.5 py-0.5 text-xs font-normal text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:text-slate-300 dark:hover:bg-slate-800 print:hidden ${compact ? 'opacity-60 group-hover:opacity-100 focus-visible:opacity-100' : ''}`}
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12" fill="currentColor">
        <path d="M7.78 3.22a3.5 3.5 0 0 1 4.95 4.95l-1.5 1.5a.75.75 0 0 1-1.06-1.06l1.5-1.5a2 2 0 0 0-2.83-2.83l-1.5 1.5a.75.75 0 0 1-1.06-1.06l1.5-1.5Zm-1.5 8.5a3.5 3.5 0 0 1-4.95-4.95l1.5-1.5a.75.75 0 0 1 1.06 1.06l-1.5 1.5a2 2 0 0 0 2.83 2.83l1.5-1.5a.75.75 0 0 1 1.06 1.06l-1.5 1.5Zm-.53-2.47 4-4a.75.75 0 0 1 1.06 1.06l-4 4a.75.75 0 0 1-1.06-1.06Z" />
      </svg>
      <span aria-live="polite" className={compact && state === 'idle' ? 'sr-only' : undefined}>
        {label}
      </span>
    </button>
  );
}
