'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MatchRule } from '@/lib/catalog/rules';
import type { Triage } from '@/lib/classify';
import type { Analysis, Handoff } from '@/lib/classify-page/analyse';
import type { FromWorker, ToWorker } from '@/lib/classify-page/protocol';

export type RunState = {
  busy: boolean;
  /** The size of the text being classified, for the busy message. */
  size: number;
  analysis: Analysis | null;
  /** Arrives after the analysis: the masked paste, the share fragment, the ticket's response. */
  handoff: Handoff | null;
  /** How long the worker took for the verdict, in ms. */
  ms: number | null;
  /** The worker could not start: the page classifies on the main thread. */
  inline: boolean;
  /** A HAR's failures grouped; kept while the person opens one entry after another. */
  triage: Triage | null;
  /** How far the grouping of a large HAR has got. */
  progress: { done: number; total: number } | null;
};

const IDLE: RunState = {
  busy: false,
  size: 0,
  analysis: null,
  handoff: null,
  ms: null,
  inline: false,
  triage: null,
  progress: null,
};

/**
 * Runs the classification in a Web Worker. A new run while one is under way ends that worker and starts
 * a fresh one: the engine runs synchronously, so a stale 50 MB run cannot be interrupted any other way.
 */
export function useClassifyRunner(rules: MatchRule[] | null) {
  const [state, setState] = useState<RunState>(IDLE);
  const worker = useRef<Worker | null>(null);
  const sent = useRef<string | null>(null);
  /** The text of the last run, whichever worker ran it: a new text drops the grouping of the last. */
  const shown = useRef<string | null>(null);
  const running = useRef(false);
  const job = useRef(0);
  const pending = useRef<{ text: string; harEntry: number | null } | null>(null);
  // Read through a ref, so `run` stays the same function and a debounced call never holds stale rules.
  const rulesRef = useRef(rules);

  const onMessage = useCallback((msg: FromWorker) => {
    if (msg.id !== job.current) return;
    // The verdict ends the busy state; the hand-over (masking and compressing a large paste) follows on its own.
    if (msg.type === 'analysis')
      setState((s) => ({ ...s, busy: false, analysis: msg.analysis, handoff: null, ms: Math.round(msg.ms) }));
    else if (msg.type === 'progress') setState((s) => ({ ...s, progress: { done: msg.done, total: msg.total } }));
    else if (msg.type === 'triage') setState((s) => ({ ...s, triage: msg.triage, progress: null }));
    else {
      running.current = false;
      setState((s) => ({ ...s, busy: false, handoff: msg.type === 'handoff' ? msg.handoff : s.handoff }));
    }
  }, []);

  const spawn = useCallback((): Worker | null => {
    try {
      const w = new Worker(new URL('./worker.ts', import.meta.url));
      w.onmessage = (e: MessageEvent<FromWorker>) => onMessage(e.data);
      w.postMessage({ type: 'rules', rules: rulesRef.current ?? [] } satisfies ToWorker);
      sent.current = null;
      return w;
    } catch {
      return null;
    }
  }, [onMessage]);

  /** The fallback where no worker starts (an old browser, a stricter policy): the same code, on this thread. */
  const runInline = useCallback(
    async (id: number, text: string, harEntry: number | null) => {
      const [{ analyse, groupFailures, handoff }, { safeParse }] = await Promise.all([
        import('@/lib/classify-page/analyse'),
        import('@/lib/classify'),
      ]);
      await new Promise((r) => setTimeout(r, 0)); // let the busy state paint first
      const t0 = performance.now();
      const parsed = safeParse(text);
      const analysis = analyse(text, rulesRef.current ?? [], harEntry, parsed);
      onMessage({ type: 'analysis', id, analysis, ms: performance.now() - t0 });
      const grouped =
        'form' in parsed && analysis.har.length > 1 ? groupFailures(parsed, rulesRef.current ?? []) : null;
      if (grouped) onMessage({ type: 'triage', id, triage: grouped, ms: 0 });
      onMessage({ type: 'handoff', id, handoff: handoff(text, analysis), ms: 0 });
    },
    [onMessage],
  );

  const run = useCallback(
    (text: string, harEntry: number | null) => {
      if (!rulesRef.current) {
        pending.current = { text, harEntry };
        return;
      }
      const id = ++job.current;
      const newText = shown.current !== text;
      shown.current = text;
      setState((s) => ({
        ...s,
        busy: true,
        size: text.length,
        ...(newText ? { triage: null, progress: null } : {}),
      }));
      if (running.current && worker.current) {
        worker.current.terminate();
        worker.current = null;
      }
      worker.current ??= spawn();
      running.current = true;
      if (!worker.current) {
        setState((s) => ({ ...s, inline: true }));
        void runInline(id, text, harEntry);
        return;
      }
      const same = sent.current === text;
      worker.current.postMessage({ type: 'run', id, harEntry, ...(same ? {} : { text }) } satisfies ToWorker);
      sent.current = text;
    },
    [spawn, runInline],
  );

  /** Forgets the verdict (the box was emptied) and drops any run under way. */
  const clear = useCallback(() => {
    job.current++;
    pending.current = null;
    shown.current = null;
    setState((s) => ({ ...IDLE, inline: s.inline }));
  }, []);

  useEffect(() => {
    rulesRef.current = rules;
    // The worker starts as soon as the rules are here, before any paste: what the page fetches after a paste
    // is then only what the paste itself caused (the requests line under the box counts exactly that).
    if (rules && !worker.current) worker.current = spawn();
    if (rules && pending.current) {
      const { text, harEntry } = pending.current;
      pending.current = null;
      run(text, harEntry);
    }
  }, [rules, run, spawn]);

  useEffect(() => () => worker.current?.terminate(), []);

  return { state, run, clear };
}
