import type { Parsed } from './parse';
import type { HarEntryInfo, ParsedResponse } from '../types';

/** The response the verdict is about, and the ones before it (a redirect chain, or the other HAR entries). */
export type Picked = { response: ParsedResponse | null; chain: ParsedResponse[]; harIndex: number | null };

/** The HAR entries of a parsed paste, for the page to offer a choice; empty for any other form. */
export function listHarEntries(parsed: Parsed): HarEntryInfo[] {
  if (parsed.form !== 'har') return [];
  return parsed.responses.map((r, i) => r.har ?? { index: i, method: '', url: '', status: r.status });
}

/**
 * The HAR entry the command line reads: the last whose status is 400 or more (the failure a person
 * is asking about), else the last entry.
 */
export function defaultHarIndex(responses: ParsedResponse[]): number | null {
  if (responses.length === 0) return null;
  for (let i = responses.length - 1; i >= 0; i--) {
    const status = responses[i]!.status;
    if (status !== null && status >= 400) return i;
  }
  return responses.length - 1;
}

/**
 * Chooses one response. A redirect chain counts by its last response (where the client ended up);
 * a HAR by the entry asked for, when it exists, else by `defaultHarIndex`.
 */
export function pick(parsed: Parsed, harEntry?: number): Picked {
  const { responses } = parsed;
  if (responses.length === 0) return { response: null, chain: [], harIndex: null };
  if (parsed.form === 'har') {
    const asked =
      typeof harEntry === 'number' && Number.isInteger(harEntry) && harEntry >= 0 && harEntry < responses.length;
    const index = asked ? harEntry : defaultHarIndex(responses)!;
    return { response: responses[index]!, chain: [], harIndex: index };
  }
  return { response: responses[responses.length - 1]!, chain: responses.slice(0, -1), harIndex: null };
}
