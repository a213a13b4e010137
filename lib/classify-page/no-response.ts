/**
 * The next step where no response came (a refusal, a reset, a DNS or TLS failure, a client's own timeout): who
 * gave up and after how long, what the gateway's flow log will show, which timeouts to compare, and the call
 * rebuilt as `curl -v` to see where it stops. Nothing here asks for the response: there was none.
 */
import type { NoResponseKind, Result } from '../classify';
import { classifyText } from '../i18n/classify';
import type { Lang } from '../i18n/lang';

export type NoResponseStep = {
  kind: NoResponseKind | null;
  /** How long the client waited, as it said it ("30s", "30000 ms"), where it did. */
  waited: string | null;
  lines: string[];
  /** The request to try again with `curl -v`, its secret query values replaced by placeholders. */
  curl: string | null;
};

/** `timeout of 30000ms exceeded`, `after 30001 milliseconds`, `(Client.Timeout exceeded …) 30s`, `超时 30 秒`. */
const WAITED = /\b(\d+(?:\.\d+)?)[ \t]*(ms|milliseconds?|s|secs?|seconds?)\b|(\d+(?:\.\d+)?)[ \t]*(毫秒|秒)/i;
const SECRET_PARAM = /^(?:.*token.*|.*secret.*|.*password.*|.*signature.*|sign|key|api_?key|bk_ticket|sessionid)$/i;

/** The URL with every secret-looking query value replaced by `<name>`: what a person can paste into a shell. */
export function placeholderUrl(url: string): string {
  const q = url.indexOf('?');
  if (q === -1) return url;
  const params = url
    .slice(q + 1)
    .split('&')
    .map((p) => {
      const [name = '', ...rest] = p.split('=');
      return rest.length && SECRET_PARAM.test(decodeURIComponent(name)) ? `${name}=<${name}>` : p;
    });
  return `${url.slice(0, q)}?${params.join('&')}`;
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** `kind` is the analysis's (`noResponse`): the engine reads it in the worker, so the page carries none of it. */
export function noResponseStep(lang: Lang, result: Result, kind: NoResponseKind | null): NoResponseStep {
  const n = classifyText(lang).classify.noResponse;
  const found = result.evidence.find((e) => e.signal === 'no-response-came')?.found ?? '';
  const m = WAITED.exec(found);
  const waited = m ? `${m[1] ?? m[3]}${(m[2] ?? m[4])!.length <= 2 ? '' : ' '}${m[2] ?? m[4]}` : null;
  const lines = [kind ? n.said[kind](waited) : n.said.other, ...(kind ? n.then[kind] : n.then.other)];
  const url = result.request?.url;
  const full = url && !/^https?:\/\//.test(url) ? `https://${url}` : url;
  const method = result.request?.method && result.request.method !== 'GET' ? `-X ${result.request.method} ` : '';
  const curl = full
    ? `curl -v ${method}--max-time 120 -H 'X-Bkapi-Authorization: {"bk_app_code": "<bk_app_code>", "bk_app_secret": "<bk_app_secret>"}' ${shellQuote(placeholderUrl(full))}`
    : null;
  return { kind, waited, lines, curl };
}
