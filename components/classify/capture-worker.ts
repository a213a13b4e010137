/**
 * The capture views' worker: reads a dashboard export or a HAR whole (lib/capture/analyse.ts: every row judged,
 * grouped, the timeline, rate limits, timing) off the main thread, so the page answers clicks while a 10,000-row
 * export or a 20,000-entry HAR is read. It loads nothing and sends nothing.
 */
import { analyseCapture } from '@/lib/capture/analyse';
import type { FromCaptureWorker, ToCaptureWorker } from '@/lib/capture/protocol';
import type { MatchRule } from '@/lib/catalog/rules';

let rules: MatchRule[] = [];
const post = (m: FromCaptureWorker) => (self as unknown as { postMessage(m: FromCaptureWorker): void }).postMessage(m);

self.onmessage = (event: MessageEvent<ToCaptureWorker>) => {
  const msg = event.data;
  if (msg.type === 'rules') {
    rules = msg.rules;
    return;
  }
  try {
    post({ type: 'report', id: msg.id, role: msg.role, report: analyseCapture(msg.text, rules) });
  } catch (e) {
    post({ type: 'error', id: msg.id, role: msg.role, message: e instanceof Error ? e.message : String(e) });
  }
};
