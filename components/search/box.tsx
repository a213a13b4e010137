'use client';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { SiteLink } from '@/components/ui';
import type { Lang } from '@/lib/i18n/lang';
import { ui } from '@/lib/i18n/ui';
import * as routes from '@/lib/routes';

// The palette, react-query, fuse.js and the index load on first use: reading pages ship none of them.
const loadPalette = () => import('./palette');
const SearchPalette = lazy(loadPalette);

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * The header's search: a link to the search page that, with JavaScript, opens the search palette instead.
 * `/` (outside a text field) and Ctrl/Cmd-K open it from anywhere; on the search page they focus its box.
 */
export function SearchBox({ lang }: { lang: Lang }) {
  const d = ui(lang);
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLAnchorElement>(null);
  // Where focus goes back to on close: what had it when the palette opened, else the box itself.
  const returnTo = useRef<Element | null>(null);
  const openPalette = () => {
    if (document.querySelector('dialog.search-palette')) return;
    returnTo.current = document.activeElement;
    setOpen(true);
  };

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.defaultPrevented || e.isComposing) return;
      const mod = e.ctrlKey || e.metaKey;
      const slash = e.key === '/' && !mod && !e.altKey && !typing(e.target);
      const k = mod && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k';
      if (!slash && !k) return;
      e.preventDefault();
      const pageBox = document.querySelector<HTMLInputElement>('[data-search-page-input]');
      if (pageBox) {
        pageBox.focus();
        pageBox.select();
      } else openPalette();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const preload = () => void loadPalette();
  return (
    <>
      <SiteLink
        ref={trigger}
        href={routes.search(lang)}
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K Meta+K"
        data-search-box=""
        title={`${d.searchBox} (/, Ctrl+K)`}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={(e) => {
          if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
          e.preventDefault();
          openPalette();
        }}
        className="search-box inline-flex items-center gap-2 rounded border border-slate-300 px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:text-slate-300 dark:hover:bg-slate-800 print:hidden"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          width="14"
          height="14"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        >
          <circle cx="7" cy="7" r="4.5" />
          <path d="m10.5 10.5 3.5 3.5" />
        </svg>
        {/* Visually an icon and its key, so the header keeps to one line in English too; the name is still read out. */}
        <span className="sr-only">{d.searchBox}</span>
        <kbd
          aria-hidden="true"
          className="hidden rounded border border-slate-300 px-1 font-mono text-xs sm:inline dark:border-slate-600"
        >
          /
        </kbd>
      </SiteLink>
      {open && (
        <Suspense fallback={null}>
          <SearchPalette
            lang={lang}
            onClose={(refocus) => {
              setOpen(false);
              const back = returnTo.current;
              if (refocus)
                (back instanceof HTMLElement && back !== document.body && back.isConnected
                  ? back
                  : trigger.current
                )?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
