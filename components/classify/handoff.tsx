'use client';
import { useRef, useState } from 'react';
import type { Analysis, Handoff } from '@/lib/classify-page/analyse';
import { actorOf } from '@/lib/classify-page/chain';
import type { ClassifyEntries } from '@/lib/classify-page/entries-json';
import { classifyText } from '@/lib/i18n/classify';
import type { Lang } from '@/lib/i18n/lang';
import { debugFacts } from '@/lib/links/debug';
import { fixLinks } from '@/lib/links/fixes';
import * as routes from '@/lib/routes';
import { withBase } from '@/lib/routes';
import { summariseMasked } from '@/lib/share/mask';
import { chosen, maskFragment, maskMore } from '@/lib/share/mask-more';
import { shareUrl } from '@/lib/share/share-link';
import { ticketMarkdown } from '@/lib/share/ticket';
import { useFixes } from './fix-links';

/** The entry or guide case a verdict names, with its absolute address on the host and sub-path the reader is on. */
function explained(
  lang: Lang,
  entry: string | null,
  entries: ClassifyEntries | null,
  reason: string | null = null,
): { title: string | null; link: string | null } {
  if (!entry || !entries) return { title: null, link: null };
  const abs = (path: string) => new URL(withBase(path), window.location.origin).href;
  if (entries.entries[entry])
    return { title: entries.entries[entry]!.title[lang], link: abs(routes.entry(lang, entry, reason)) };
  if (entries.guide[entry]) return { title: entries.guide[entry]!.title[lang], link: abs(routes.guide(lang, entry)) };
  return { title: null, link: null };
}

/** How many kinds of masked value the list names before "and N more": a random file can look like dozens. */
const MASKED_SHOWN = 8;

/**
 * "Copy for ticket" and "Copy link", both built only from the masked paste, and the list of what was
 * masked so the person can check it. Nothing here sends anything: the clipboard is the only way out.
 */
export function ClassifyHandoff({
  lang,
  analysis,
  handoff,
  entries,
}: {
  lang: Lang;
  analysis: Analysis;
  handoff: Handoff | null;
  entries: ClassifyEntries | null;
}) {
  const c = classifyText(lang).classify;
  const [message, setMessage] = useState('');
  // What the reader masked by selecting it in the preview: masked in the ticket and the link alike.
  const [extra, setExtra] = useState<string[]>([]);
  const preview = useRef<HTMLDetailsElement>(null);
  const links = fixLinks(lang, useFixes(analysis, entries));
  const previewText = useRef<HTMLPreElement>(null);
  const drafted = handoff
    ? ticketMarkdown({
        lang,
        result: analysis.result,
        ...explained(lang, analysis.result.entry, entries, analysis.result.reason),
        date: analysis.date,
        response: handoff.response,
        request: handoff.request,
        ids: analysis.ids,
        facts: debugFacts(lang, analysis.result),
        links,
        actor: (() => {
          const e = analysis.result.entry ? entries?.entries[analysis.result.entry] : undefined;
          const who = actorOf(analysis.result, e);
          return who ? classifyText(lang).actor[who] : null;
        })(),
      })
    : '';
  const ticket = maskMore(drafted, extra);
  const fragment = handoff?.fragment ? maskFragment(handoff.fragment, extra) : null;

  /** Adds the preview's selected text to what is masked. */
  function maskSelection() {
    const sel = window.getSelection();
    const inside =
      sel && sel.rangeCount > 0 && previewText.current?.contains(sel.getRangeAt(0).commonAncestorContainer);
    const picked = inside ? chosen([sel.toString()]) : [];
    if (picked.length === 0) return setMessage(c.maskMore.nothing);
    setExtra((had) => chosen([...had, ...picked]));
    sel?.removeAllRanges();
  }

  async function copy(text: string, done: string) {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(done);
    } catch {
      setMessage(c.copyFailed);
      if (preview.current) preview.current.open = true;
    }
  }

  const button =
    'rounded border border-blue-700 bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:cursor-wait disabled:opacity-60';
  const masked = handoff ? summariseMasked(handoff.masked) : [];
  // What a copy says of itself is counted, never assumed: "masked" only where something was.
  const copied = c.copiedWhat((handoff?.masked.length ?? 0) + extra.length, handoff?.withheld.length ?? 0);
  return (
    <div>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          data-copy="ticket"
          disabled={!handoff}
          onClick={() => copy(ticket, c.copiedTicket + copied)}
          className={button}
        >
          {c.copyTicket}
        </button>
        <button
          type="button"
          data-copy="link"
          disabled={!fragment}
          onClick={() => fragment && copy(shareUrl(window.location.href, fragment), c.copiedLink + copied)}
          className={button}
        >
          {c.copyShare}
        </button>
        <span role="status" className="text-sm">
          {!handoff ? c.preparing : message}
        </span>
      </div>
      {handoff && !handoff.fragment && <p className="mt-2 text-sm">{c.linkTooLong}</p>}
      {handoff?.reduced && <p className="mt-2 text-sm">{c.linkReduced}</p>}
      {handoff && (
        <div className="mt-3 text-sm" data-masked-list>
          <p className="font-medium">{masked.length ? `${c.maskedTitle}:` : c.maskedNone}</p>
          <ul className="mt-1 list-disc pl-6">
            {masked.slice(0, MASKED_SHOWN).map((m) => (
              <li key={`${m.kind}-${m.name}`} data-masked={m.name}>
                {c.maskKind[m.kind]} <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">{m.name}</code>:{' '}
                {c.maskedAt(m.count, m.lines.join(', '))}
              </li>
            ))}
            {masked.length > MASKED_SHOWN && <li data-masked-more>{c.maskedMore(masked.length - MASKED_SHOWN)}</li>}
          </ul>
          {handoff.withheld.length > 0 && (
            <p className="mt-2 font-medium" data-withheld={handoff.withheld.length}>
              {c.withheldLines(handoff.withheld.slice(0, 10).join(', ') + (handoff.withheld.length > 10 ? '…' : ''))}
            </p>
          )}
        </div>
      )}
      {handoff && (
        <details ref={preview} className="mt-3 text-sm">
          <summary className="cursor-pointer font-medium">{c.preview}</summary>
          <p className="mt-2">{c.maskMore.help}</p>
          <button
            type="button"
            data-mask-selection=""
            // Keeps the selection: a click on the button would otherwise move it.
            onMouseDown={(e) => e.preventDefault()}
            onClick={maskSelection}
            className="mt-1 rounded border border-slate-400 px-2 py-0.5 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            {c.maskMore.button}
          </button>
          {extra.length > 0 && (
            <ul className="mt-2 list-disc pl-6" data-masked-by-you={extra.length}>
              {extra.map((v) => (
                <li key={v}>
                  {c.maskMore.masked}{' '}
                  <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">{v.slice(0, 60)}</code>{' '}
                  <button
                    type="button"
                    onClick={() => setExtra((had) => had.filter((x) => x !== v))}
                    className="text-blue-700 underline dark:text-blue-300"
                  >
                    {c.maskMore.undo}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <pre
            ref={previewText}
            data-ticket-preview
            className="mt-2 whitespace-pre-wrap break-all rounded bg-slate-100 p-2 text-xs dark:bg-slate-900"
          >
            {ticket}
          </pre>
        </details>
      )}
    </div>
  );
}
