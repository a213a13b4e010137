/**
 * The classify page's worker: runs the engine and the masking off the main thread, so a 10 MB paste or a
 * 50 MB HAR leaves the page answering clicks and keys. It keeps the last text, so choosing another HAR
 * entry does not copy the whole HAR across again. It loads nothing and sends nothing.
 */
import type { MatchRule } from '@/lib/catalog/rules';
import { analyse, handoff } from '@/lib/share/analyse';
import type { FromWorker, ToWorker } from '@/lib/share/protocol';

let rules: MatchRule[] = [];
let text = '';

// The project's types are the DOM's (a window's postMessage wants a target origin); a worker's takes the message alone.
const post = (message: FromWorker) => (self as unknown as { postMessage(m: FromWorker): void }).postMessage(message);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  if (msg.type === 'rules') {
    rules = msg.rules;
    return;
  }
  if (msg.text !== undefined) text = msg.text;
  try {
    let t0 = performance.now();
    const analysis = analyse(text, rules, msg.harEntry);
    post({ type: 'analysis', id: msg.id, analysis, ms: performance.now() - t0 });
    t0 = performance.now();
    post({ type: 'handoff', id: msg.id, handoff: handoff(text, analysis), ms: performance.now() - t0 });
  } catch (e) {
    post({ type: 'error', id: msg.id, message: e instanceof Error ? e.message : String(e) });
  }
};
