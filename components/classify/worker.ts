/**
 * The classify page's worker: runs the engine and the masking off the main thread, so a 10 MB paste or a
 * 50 MB HAR leaves the page answering clicks and keys. It keeps the last text, so choosing another HAR
 * entry does not copy the whole HAR across again, nor parse it again. For a HAR it also groups every failure
 * (lib/classify/triage.ts), once per text. It loads nothing and sends nothing.
 */
import type { MatchRule } from '@/lib/catalog/rules';
import { safeParse } from '@/lib/classify';
import { analyse, groupFailures, handoff } from '@/lib/classify-page/analyse';
import type { FromWorker, ToWorker } from '@/lib/classify-page/protocol';

let rules: MatchRule[] = [];
let text = '';
let parsed: ReturnType<typeof safeParse> | null = null;

// The project's types are the DOM's (a window's postMessage wants a target origin); a worker's takes the message alone.
const post = (message: FromWorker) => (self as unknown as { postMessage(m: FromWorker): void }).postMessage(message);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  if (msg.type === 'rules') {
    rules = msg.rules;
    return;
  }
  const fresh = msg.text !== undefined || parsed === null;
  if (msg.text !== undefined) text = msg.text;
  try {
    let t0 = performance.now();
    if (fresh) parsed = safeParse(text);
    const analysis = analyse(text, rules, msg.harEntry, parsed!);
    post({ type: 'analysis', id: msg.id, analysis, ms: performance.now() - t0 });
    if (fresh && parsed && 'form' in parsed && analysis.har.length > 1) {
      t0 = performance.now();
      const grouped = groupFailures(parsed, rules, (done, total) =>
        post({ type: 'progress', id: msg.id, done, total }),
      );
      if (grouped) post({ type: 'triage', id: msg.id, triage: grouped, ms: performance.now() - t0 });
    }
    t0 = performance.now();
    post({ type: 'handoff', id: msg.id, handoff: handoff(text, analysis), ms: performance.now() - t0 });
  } catch (e) {
    post({ type: 'error', id: msg.id, message: e instanceof Error ? e.message : String(e) });
  }
};
