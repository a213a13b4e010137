/**
 * The X-Bkapi-Debug-Info header's facts, where the paste has it: its gateway, stage, resource, backend, app,
 * user and client IP, labelled in the reader's language, for the verdict, the ticket and the chain picture.
 */
import type { Result } from '../classify';
import type { Lang } from '../i18n/lang';
import { linksText } from '../i18n/links';

const FIELDS = [
  ['gateway', 'gateway'],
  ['stage', 'stage'],
  ['resource', 'resource'],
  ['backend', 'backend'],
  ['app', 'bk_app_code'],
  ['user', 'bk_username'],
  ['client_ip', 'client_ip'],
] as const;

/** Label and value of each field the debug header holds, in the header's order; empty without it. */
export function debugFacts(lang: Lang, result: Pick<Result, 'debug'>): [label: string, value: string][] {
  const d = linksText(lang).debug;
  const debug = result.debug;
  if (!debug) return [];
  return FIELDS.flatMap(([label, key]) => {
    const v = debug[key];
    return v ? [[d[label], v.slice(0, 200)] as [string, string]] : [];
  });
}
