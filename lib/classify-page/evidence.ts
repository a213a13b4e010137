/**
 * How the page presents the classifier's evidence: whether each signal speaks for the verdict or against
 * it, and where in the paste its text sits. The engine says what each signal points at (SIGNALS.weighs);
 * this only compares that with the verdict.
 */
import { SIGNALS, type SignalId, type Source } from '../classify';
import type { Lang } from '../i18n/lang';
import { SIGNAL_LABELS, SIGNAL_MEANINGS_ZH } from '../i18n/signals';

// Every evidence id of the engine has its name in both languages: a new signal without its words does not
// build. Checked here, above both, so the strings (lib/i18n) need not import the engine.
const _everySignalNamed: Record<SignalId, Record<Lang, string>> = SIGNAL_LABELS;
const _everySignalExplained: Record<SignalId, string> = SIGNAL_MEANINGS_ZH;

export type Stance = 'for' | 'against' | 'context';
export type Weighs = 'gateway' | 'esb' | 'backend' | 'neutral';

export function weighsOf(signal: string): Weighs {
  return (SIGNALS as Record<string, { weighs: Weighs }>)[signal]?.weighs ?? 'neutral';
}

/** A signal that points at the producer the verdict names is for it; at another producer, against it. */
export function stanceOf(signal: string, source: Source): Stance {
  const weighs = weighsOf(signal);
  if (weighs === 'neutral' || source === 'unknown') return 'context';
  return weighs === source ? 'for' : 'against';
}

/** The signal's name in the page's language; an id the page does not know yet is shown as it is. */
export function signalLabel(signal: string, lang: Lang): string {
  return (SIGNAL_LABELS as Record<string, Record<Lang, string>>)[signal]?.[lang] ?? signal;
}

/** Evidence whose `found` is a description (the paste's form, a slug), not text of the paste. */
const NOT_IN_PASTE = new Set([
  'input-form',
  'har-entry',
  'catalog-match',
  'status-candidates',
  'internal-error',
  'no-response',
  'empty-body',
  'redirect-chain',
]);

export type Location = { start: number; end: number; line: number };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where the text of a piece of evidence sits in the paste, so the page can point at it: the text itself,
 * else the header it names (`Name: value` as the engine writes it, whatever the paste's case and spacing),
 * else the first number of three or more digits it mentions (a status, a code).
 */
export function locate(text: string, signal: string, found: string): Location | null {
  if (NOT_IN_PASTE.has(signal)) return null;
  const needle = found.replace(/…$/, '').trim();
  if (needle.length < 2) return null;
  const at = (start: number, length: number): Location => ({ start, end: start + length, line: lineAt(text, start) });
  const exact = text.indexOf(needle);
  if (exact !== -1) return at(exact, needle.length);
  const header = /^([A-Za-z0-9-]+): /.exec(needle);
  if (header) {
    const m = new RegExp(`(^|[\\r\\n"'])[<> \\t]*(${escape(header[1]!)})[ \\t]*[:"]`, 'i').exec(text);
    if (m) return at(m.index + m[0].indexOf(m[2]!, m[1]!.length), m[2]!.length);
  }
  const number = /\d{3,}/.exec(needle);
  if (number) {
    const i = text.indexOf(number[0]);
    if (i !== -1) return at(i, number[0].length);
  }
  return null;
}

/** The 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Why a signal matters, for the Chinese page (the English page shows the engine's own detail). */
export function signalMeaning(signal: string, lang: Lang): string {
  return lang === 'zh' ? ((SIGNAL_MEANINGS_ZH as Record<string, string>)[signal] ?? '') : '';
}
