import type { Analysis, Handoff } from './analyse';
import type { MatchRule } from '../catalog/rules';
import type { Triage } from '../classify';

/** What the page sends the classify worker. `text` is left out when it is the text of the previous run. */
export type ToWorker =
  { type: 'rules'; rules: MatchRule[] } | { type: 'run'; id: number; text?: string; harEntry: number | null };

/** What the worker answers, in this order for one run (`progress` and `triage` only for a new HAR); `ms` is the time the step took in the worker. */
export type FromWorker =
  | { type: 'analysis'; id: number; analysis: Analysis; ms: number }
  /** A HAR's failures grouped, once per pasted text (after `progress` messages for a large one). */
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'triage'; id: number; triage: Triage; ms: number }
  | { type: 'handoff'; id: number; handoff: Handoff; ms: number }
  | { type: 'error'; id: number; message: string };
