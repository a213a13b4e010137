import type { CaptureReport } from './analyse';
import type { MatchRule } from '../catalog/rules';

/** What the page sends the capture worker: the rules once, then a text to read (the capture, or the one before it). */
export type ToCaptureWorker =
  { type: 'rules'; rules: MatchRule[] } | { type: 'run'; id: number; text: string; role: 'main' | 'before' };

/** What it answers: the report, or null when the text is neither an export nor a HAR. */
export type FromCaptureWorker =
  | { type: 'report'; id: number; role: 'main' | 'before'; report: CaptureReport | null }
  | { type: 'error'; id: number; role: 'main' | 'before'; message: string };
