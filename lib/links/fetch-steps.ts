/**
 * What to fetch to be sure: from a result's `missing`, one step per thing to do, each with the pieces it
 * brings. The debug header's step is the paste's own request rebuilt as a `curl -i` with
 * `-H 'X-Bkapi-Debug: true'` (the gateway's bk-debug plugin answers it with X-Bkapi-Debug-Info:
 * blueking-apigateway-apisix src/apisix/plugins/bk-debug.lua), every secret replaced by a placeholder.
 */
import { isName } from './address';
import type { Result } from '../classify';
import { isSecretName, maskSecrets } from '../share/mask';

export type Missing = Result['missing'][number];
export type FetchStep =
  | { kind: 'curl'; command: string; covers: Missing[] }
  | { kind: 'har'; covers: Missing[] }
  | { kind: 'headers'; covers: Missing[] };

/** Which step brings each missing piece: the headers carry the request id, a HAR with content the status and body. */
const STEP_OF: Record<Missing, FetchStep['kind']> = {
  debug: 'curl',
  status: 'har',
  body: 'har',
  headers: 'headers',
  request_id: 'headers',
};
const ORDER: FetchStep['kind'][] = ['curl', 'har', 'headers'];

/** A word for the shell, in single quotes: nothing inside is expanded. */
export const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Where the call's address is not in the paste, the command says what goes there. */
export const URL_PLACEHOLDER = '<URL of the call>';
const MAX_URL = 2000;

/**
 * The request's URL with each secret query parameter's value replaced by `<name>` and any user name and
 * password dropped; a path alone gets the host where the paste shows it. Null where nothing usable is there.
 */
export function safeUrl(url: string | null, host: string | null): string | null {
  if (!url || url.length > MAX_URL) return null;
  let u: URL;
  const absolute = /^https?:\/\//i.test(url);
  try {
    if (absolute) u = new URL(url);
    else if (url.startsWith('/') && host && /^[A-Za-z0-9.-]+(?::\d{1,5})?$/.test(host))
      u = new URL(url, `http://${host}`);
    else if (!url.startsWith('/') && /^[A-Za-z0-9.-]+(?::\d{1,5})?\//.test(url)) u = new URL(`http://${url}`);
    else return null;
  } catch {
    return null;
  }
  u.username = '';
  u.password = '';
  u.hash = '';
  const params = [...u.searchParams.keys()];
  for (const name of new Set(params)) if (isSecretName(name)) u.searchParams.set(name, `<${name}>`);
  // A scheme the paste did not show is left out: curl takes `host/path` as it is.
  const text = absolute ? u.href : `${u.host}${u.pathname}${u.search}`;
  return text.replace(/%3C([\w.-]+)%3E/g, '<$1>');
}

/** The paste's request as a command that asks the gateway for its debug header; secrets are placeholders. */
export function debugCurl(request: Result['request'], appCode: string | null): string {
  const method = request?.method && /^[A-Z]{3,7}$/.test(request.method) ? request.method : 'GET';
  const url = safeUrl(request?.url ?? null, request?.host ?? null);
  const auth = JSON.stringify({
    bk_app_code: isName(appCode) ? appCode : '<bk_app_code>',
    bk_app_secret: '<bk_app_secret>',
  });
  const parts = [
    'curl -i',
    ...(method === 'GET' ? [] : [`-X ${method}`]),
    `-H ${shellQuote('X-Bkapi-Debug: true')}`,
    `-H ${shellQuote(`X-Bkapi-Authorization: ${auth}`)}`,
    // Whatever secret the rules above did not name (a token in the path), the masker has the last word.
    url ? maskSecrets(shellQuote(url)).text : shellQuote(URL_PLACEHOLDER),
  ];
  return parts.join(' ');
}

/** The steps for a result's `missing`, in the order to take them, each listing the pieces it brings. */
export function fetchSteps(
  result: Pick<Result, 'missing' | 'request' | 'app'>,
  appCode: string | null = null,
): FetchStep[] {
  const steps: FetchStep[] = [];
  for (const kind of ORDER) {
    const covers = result.missing.filter((m) => STEP_OF[m] === kind);
    if (!covers.length) continue;
    if (kind === 'curl')
      steps.push({ kind, covers, command: debugCurl(result.request, result.app?.bk_app_code ?? appCode) });
    else steps.push({ kind, covers });
  }
  return steps;
}
