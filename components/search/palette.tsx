'use client';
import { useRouter } from 'next/navigation';
import { memo, useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Lang } from '@/lib/i18n/lang';
import { searchText } from '@/lib/i18n/search';
import * as routes from '@/lib/routes';
import type { SearchResult } from '@/lib/search/rank';
import { BASE_PATH } from '@/lib/site';
import { Providers } from '../providers';
import { LINK } from '../ui';
import { SearchInput } from './input';
import { ResultBody, resultPath } from './result';
import { useSearch } from './use-search';

const LIMIT = 8;

type Props = { lang: Lang; onClose: (refocus: boolean) => void };

/** Loaded only when the box opens (search-box.tsx), with react-query, fuse.js and the index behind it. */
export default function SearchPalette(props: Props) {
  return (
    <Providers>
      <Palette {...props} />
    </Providers>
  );
}

/** A modal combobox: the box keeps focus, arrow keys move the active option, Enter follows it. */
function Palette({ lang, onClose: done }: Props) {
  const d = searchText(lang);
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { shown, ready, failed: isError, found, near, results, first } = useSearch(lang, query, LIMIT);
  // Closed here first, so focus can go back outside it before it unmounts (a modal makes the rest inert).
  const onClose = useCallback(
    (refocus: boolean) => {
      dialog.current?.close();
      done(refocus);
    },
    [done],
  );
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (k: number) => `${listId}-${k}`;
  const searchPath = routes.search(lang, query.trim());

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    input.current?.focus();
    return () => el?.close();
  }, []);
  // Only arrow keys move the active option out of view; a new result list starts at its top.
  useEffect(() => {
    document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  const go = useCallback(
    (r: SearchResult) => {
      onClose(false);
      router.push(resultPath(lang, r));
    },
    [onClose, router, lang],
  );
  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const n = results.length;
    // Escape in a type=search box would only clear it, and the dialog would stay open.
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose(true);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (n) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      // Enter may come before the deferred results caught up with the last keystroke.
      const r = shown === query ? results[active] : first(query);
      if (r) go(r);
      else if (query.trim()) {
        onClose(false);
        router.push(searchPath);
      }
    }
  }

  const count = found.length
    ? d.search.count(found.length)
    : near.length
      ? d.search.nearest(shown.trim())
      : d.search.none(shown.trim());
  const status = isError ? d.search.loadFailed : !shown.trim() ? d.search.hint : !ready ? d.search.loading : count;

  return (
    // A fixed height and a contained list: as results change, nothing outside the list is laid out or painted again.
    <dialog
      ref={dialog}
      aria-label={d.search.dialog}
      className="search-palette m-0 mx-auto mt-[10vh] flex h-[min(34rem,80vh)] w-[min(42rem,calc(100vw-2rem))] flex-col overflow-hidden rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      onCancel={(e) => {
        e.preventDefault();
        onClose(true);
      }}
      onKeyDownCapture={(e) => {
        // Escape while an IME composes cancels the composition, not the dialog.
        if (e.key === 'Escape' && (e.nativeEvent.isComposing || e.keyCode === 229)) e.preventDefault();
      }}
      onClick={(e) => e.target === e.currentTarget && onClose(true)}
    >
      <div className="border-b border-slate-200 p-2 dark:border-slate-700">
        <SearchInput
          ref={input}
          role="combobox"
          aria-label={d.search.dialog}
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={results.length ? optionId(active) : undefined}
          placeholder={d.search.placeholder}
          value={value}
          onValueChange={setValue}
          onQuery={(q) => {
            setQuery(q);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          className="w-full rounded border-0 bg-transparent px-2 py-2 text-base outline-none placeholder:text-slate-400"
        />
      </div>
      <Options
        lang={lang}
        id={listId}
        results={results}
        active={active}
        query={shown}
        ready={ready}
        onPick={go}
        onHover={setActive}
        label={d.search.results}
      />
      <div className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 px-3 py-2 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
        <span role="status" className="min-w-0 flex-1">
          {status}
        </span>
        {query.trim() && (
          <a
            href={BASE_PATH + searchPath}
            onClick={(e) => {
              e.preventDefault();
              onClose(false);
              router.push(searchPath);
            }}
            className={LINK}
          >
            {d.search.seeAll}
          </a>
        )}
        <span aria-hidden="true" className="hidden sm:inline">
          {d.search.keys}
        </span>
      </div>
    </dialog>
  );
}

type OptionsProps = {
  lang: Lang;
  id: string;
  results: SearchResult[];
  active: number;
  query: string;
  ready: boolean;
  label: string;
  onPick: (r: SearchResult) => void;
  onHover: (k: number) => void;
};

/** The listbox; memoised, so a keystroke re-renders it only once its results change. */
const Options = memo(function Options({
  lang,
  id,
  results,
  active,
  query,
  ready,
  label,
  onPick,
  onHover,
}: OptionsProps) {
  return (
    <ul
      id={id}
      role="listbox"
      aria-label={label}
      data-query={query}
      data-ready={ready ? '' : undefined}
      className="min-h-0 flex-1 overflow-y-auto p-1 [contain:strict]"
    >
      {results.map((r, k) => (
        <li
          key={r.slug + (r.anchor ?? '')}
          id={`${id}-${k}`}
          role="option"
          aria-selected={k === active}
          data-href={resultPath(lang, r)}
          onClick={() => onPick(r)}
          onMouseMove={() => k !== active && onHover(k)}
          className="cursor-pointer rounded px-3 py-2 text-sm aria-selected:bg-blue-50 dark:aria-selected:bg-blue-950"
        >
          <ResultBody lang={lang} r={r} />
        </li>
      ))}
    </ul>
  );
});
