'use client';
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { looksLikeExport } from '@/lib/capture/sniff';
import type { MatchRule } from '@/lib/catalog/rules';
import type { Location } from '@/lib/classify-page/evidence';
import { headline, type Headline } from '@/lib/classify-page/headline';
import { BOX_LIMIT, debounceFor, formatSize, MAX_INPUT } from '@/lib/classify-page/limits';
import { bareRequestId } from '@/lib/classify-page/request-id';
import { binaryKind } from '@/lib/classify-page/sniff';
import { classifyText } from '@/lib/i18n/classify';
import type { Lang } from '@/lib/i18n/lang';
import { linksText } from '@/lib/i18n/links';
import { RequestsSincePaste } from '../requests-since';
import { ClassifyHarList } from './har-list';
import { ClassifyInput } from './input';
import { ClassifyResult } from './result';
import { ClassifyTriage } from './triage';
import { useCarryPaste } from './use-carry-paste';
import { useClassifyData } from './use-classify-data';
import { useClassifyRunner } from './use-classify-runner';
import { useRestorePaste } from './use-restore-paste';
import { useRevealAnswer } from './use-reveal-answer';

type Notice = { kind: 'info' | 'error'; text: string } | null;
/** The rules when they failed to load: the engine still tells gateway from backend, without naming entries. */
const NO_RULES: MatchRule[] = [];

/** The live region's words: busy, or the headline of the verdict (so a screen reader hears the answer). */
function statusLine(lang: Lang, busySize: number | null, head: Headline | null, done: boolean): string {
  const d = classifyText(lang);
  if (busySize !== null) return d.classify.busySize(formatSize(busySize));
  return head ? d.headline.announce(head.text) : done ? d.classify.done : '';
}
/** The dashboard's export and a HAR's timeline, rate limits and timing (issue 30): loaded when one arrives. */
const CaptureView = lazy(() => import('./capture-view'));

/** Reads a file as text with progress; a 50 MB HAR takes a moment even from a local disk. */
function readText(file: File, onProgress: (pct: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/**
 * The classify page's island: the input, the HAR entry choice and the result. The paste lives in this
 * component's memory and the worker's; it reaches the address only masked, and only when the person copies
 * a link.
 */
export function ClassifyForm({ lang }: { lang: Lang }) {
  const c = classifyText(lang).classify;
  const data = useClassifyData();
  const { state, run, clear } = useClassifyRunner(data.rules ?? (data.failed ? NO_RULES : null));
  const box = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  // When the paste last changed: the requests line counts what the page fetched from then on.
  const [pastedAt, setPastedAt] = useState<number | null>(null);
  // A file or paste too large for the box, judged as it is (name null: a paste).
  const [aside, setAside] = useState<{ name: string | null; size: number } | null>(null);
  const [harEntry, setHarEntry] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  // The dashboard's flow-log export, read apart from the box (lib/capture); its example rows go into the box.
  const [capture, setCapture] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // A paste, a drop, a file or a link: the box shrinks and the next verdict is brought into view.
  const { revealNext, compact, setCompact } = useRevealAnswer(state.analysis);

  const classify = useCallback(
    (next: string, entry: number | null, wait: number) => {
      clearTimeout(timer.current);
      if (next.trim() === '') return clear();
      timer.current = setTimeout(() => run(next, entry), wait);
    },
    [run, clear],
  );

  const take = useCallback(
    (
      next: string,
      from: { aside?: { name: string | null; size: number }; entry?: number | null; wait?: number } = {},
    ) => {
      setText(next);
      setPastedAt(next.trim() ? performance.now() : null);
      setAside(from.aside ?? null);
      setHarEntry(from.entry ?? null);
      classify(next, from.entry ?? null, from.wait ?? debounceFor(next.length));
    },
    [classify],
  );

  /** Puts text in the box, as if typed: a restored link, the home page's hand-over, a small file. */
  const fill = useCallback(
    (next: string, entry: number | null, says: string | null) => {
      if (box.current) box.current.value = next;
      revealNext();
      take(next, { entry, wait: 0 });
      setNotice(says ? { kind: 'info', text: says } : null);
    },
    [take, revealNext],
  );

  useCarryPaste(state.handoff?.fragment ?? null, text);
  useRestorePaste(c, fill, box, setNotice);

  async function onFile(f: File) {
    revealNext();
    if (f.size > MAX_INPUT) return tooLarge(f.size);
    try {
      // An image or an archive is refused from its first bytes, before any of it reaches the box.
      const kind = binaryKind(new Uint8Array(await f.slice(0, 512).arrayBuffer()));
      if (kind) return setNotice({ kind: 'error', text: c.notAResponse(kind) });
      setNotice({ kind: 'info', text: c.reading(0) });
      const content = await readText(f, (pct) => setNotice({ kind: 'info', text: c.reading(pct) }));
      setNotice(null);
      if (looksLikeExport(content.slice(0, 4096))) return setCapture(content);
      setCapture(null);
      // A small file goes in the box, to be read and edited; a large one is judged as it is, the box kept.
      if (f.size <= BOX_LIMIT) fill(content, null, null);
      else take(content, { aside: { name: f.name, size: f.size }, wait: 0 });
    } catch {
      setNotice({ kind: 'error', text: c.readFailed });
    }
  }

  const tooLarge = (size: number) =>
    setNotice({ kind: 'error', text: c.tooLarge(formatSize(size), formatSize(MAX_INPUT)) });

  function onText(next: string) {
    if (next.length > MAX_INPUT) {
      clearTimeout(timer.current);
      return tooLarge(next.length);
    }
    setNotice(null);
    take(next);
  }

  function onBigPaste(pasted: string) {
    revealNext();
    setNotice(null);
    take(pasted, { aside: { name: null, size: pasted.length }, wait: 0 });
  }

  /** Selects the text a piece of evidence points at, scrolled to about a third of the box's height. */
  const onShow = (loc: Location) => {
    const el = box.current;
    if (!el) return;
    setCompact(false);
    el.focus();
    el.setSelectionRange(loc.start, loc.end);
    const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 20;
    el.scrollTop = Math.max(0, (loc.line - 1) * lineHeight - el.clientHeight / 3);
  };

  const analysis = state.analysis;
  const shown = text.trim() ? analysis : null;
  const entries = data.entries;
  // A bare request id is said to be one (the result shows its own answer), not "not a response".
  const said = bareRequestId(text) ? linksText(lang).requestIdTitle : null;
  const head = !shown
    ? null
    : said
      ? { text: said, main: said, facts: '', who: null, action: '', steps: false }
      : headline(lang, shown.result, entries?.entries[shown.result.entry ?? '']);
  const status = statusLine(lang, state.busy ? state.size : null, head, analysis !== null);
  return (
    <div className="mt-6">
      <div onPasteCapture={revealNext} onDropCapture={revealNext}>
        <ClassifyInput
          lang={lang}
          boxRef={box}
          onText={onText}
          onFile={onFile}
          onBigPaste={onBigPaste}
          onTooLarge={tooLarge}
          aside={aside}
          onUseBox={() => take(box.current?.value ?? '', { wait: 0 })}
          compact={compact && shown !== null}
          onExpand={() => setCompact(false)}
        />
      </div>
      <div className="mt-2 min-h-6 text-sm">
        {notice?.kind === 'error' ? (
          <p role="alert" data-classify-notice="error" className="font-medium text-red-800 dark:text-red-300">
            {notice.text}
          </p>
        ) : (
          <p role="status" data-classify-notice="info">
            {notice?.text}
          </p>
        )}
        <p
          role="status"
          aria-live="polite"
          data-classify-status={state.busy ? 'busy' : analysis ? 'done' : 'idle'}
          data-worker-ms={state.ms ?? ''}
          className="flex items-center gap-2 text-slate-700 dark:text-slate-300"
        >
          {state.busy && (
            <span
              aria-hidden="true"
              className="inline-block h-3 w-3 animate-spin rounded-full border-2 border-blue-600 border-t-transparent"
            />
          )}
          {status}
          {state.inline && ` ${c.workerFailed}`}
          {data.failed && ` ${c.loadFailed}`}
        </p>
      </div>
      {/* An export is the page's subject: its view comes first. */}
      {capture !== null && (
        <Suspense fallback={null}>
          <CaptureView
            lang={lang}
            text={capture}
            kind="export"
            rules={data.rules ?? (data.failed ? NO_RULES : null)}
            entries={data.entries}
            onOpenRecord={(record) => fill(record, null, null)}
            onClose={() => setCapture(null)}
          />
        </Suspense>
      )}
      {analysis && analysis.har.length > 1 && text && (
        <ClassifyTriage
          lang={lang}
          triage={state.triage}
          progress={state.progress}
          entries={data.entries}
          chosen={harEntry ?? analysis.harIndex}
          onOpen={(i) => {
            setHarEntry(i);
            classify(text, i, 0);
          }}
        />
      )}
      {analysis && analysis.har.length > 1 && text && (
        <ClassifyHarList
          lang={lang}
          entries={analysis.har}
          chosen={harEntry ?? analysis.harIndex}
          onChoose={(i) => {
            setHarEntry(i);
            classify(text, i, 0);
          }}
        />
      )}
      <RequestsSincePaste lang={lang} since={pastedAt} />
      <ClassifyResult
        lang={lang}
        analysis={shown}
        head={head}
        handoff={state.handoff}
        entries={data.entries}
        busy={state.busy}
        onShow={aside ? null : onShow}
        paste={text}
      />
      {/* A HAR's timeline, rate limits and timing load late: below the answer, so nothing above it moves. */}
      {capture === null && analysis && analysis.har.length > 1 && text && (
        <Suspense fallback={null}>
          <CaptureView
            lang={lang}
            text={text}
            kind="har"
            rules={data.rules ?? (data.failed ? NO_RULES : null)}
            entries={data.entries}
            onOpenRecord={(record) => fill(record, null, null)}
          />
        </Suspense>
      )}
    </div>
  );
}
