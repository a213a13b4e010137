/**
 * The resolver's choice: from the fields of an error response that a tool passes in the address
 * (`/{lang}/r/?code=…&message=…&code_name=…&status=…`, each optional), the entry that explains it and the
 * reason section its message names, by the classifier's own matching (match.ts); where several entries
 * fit, the list of them; where nothing does, a search for what was given.
 */
import { choose, poolFor, reasonOf } from './choose';
import type { MatchRule } from '../../catalog/rules';
import type { EntryMeta } from '../../catalog/schema';

export type ResolveQuery = {
  code: string | null;
  message: string | null;
  code_name: string | null;
  status: string | null;
};

export type Resolution =
  | { kind: 'entry'; entry: string; reason: string | null }
  | { kind: 'list'; entries: string[]; status: number | null; code: number | null }
  | { kind: 'search'; q: string }
  | { kind: 'empty' };

/** A message is matched on its start; an address carrying more is cut, never refused. */
const MESSAGE_MAX = 4096;

/** The four parameters of an address's query string, trimmed; anything else in it is ignored. */
export function readQuery(search: string): ResolveQuery {
  const params = new URLSearchParams(search);
  const get = (name: string, max = 256) => params.get(name)?.trim().slice(0, max) || null;
  return {
    code: get('code'),
    message: get('message', MESSAGE_MAX),
    code_name: get('code_name'),
    status: get('status'),
  };
}

export function resolve(query: ResolveQuery, rules: MatchRule[]): Resolution {
  const code = query.code && /^\d{1,10}$/.test(query.code) ? Number(query.code) : null;
  const status = query.status && /^[1-5]\d\d$/.test(query.status) ? Number(query.status) : null;
  const codeName = query.code_name && /^\w{2,64}$/.test(query.code_name) ? query.code_name.toUpperCase() : null;
  const messages = query.message ? [query.message] : [];

  const entry = (rule: MatchRule): Resolution => ({
    kind: 'entry',
    entry: rule.slug,
    reason: reasonOf(rule, messages)?.id ?? null,
  });
  const list = (pool: MatchRule[]): Resolution =>
    pool.length === 1 ? entry(pool[0]!) : { kind: 'list', entries: pool.map((r) => r.slug), status, code };
  const settle = (pool: MatchRule[], fallback = true): Resolution => {
    const chosen = choose(pool, messages, codeName, { fallback });
    return chosen ? entry(chosen.rule) : list(pool);
  };

  if (code !== null) {
    const system = rules.some((r) => r.code === code && r.system === 'gateway') ? 'gateway' : 'esb';
    const pool = poolFor(rules, code, codeName, system);
    if (pool.length) return settle(pool);
  }
  if (codeName) {
    const named = rules.filter((r) => r.code_name === codeName);
    const pool = named.filter((r) => r.status === status).length ? named.filter((r) => r.status === status) : named;
    // RATE_LIMIT_RESTRICTION names three codes: the message may say which, else all three are listed.
    if (pool.length) return settle(pool, new Set(pool.map((r) => r.code)).size === 1);
  }
  const ofStatus = status === null ? [] : rules.filter((r) => r.status === status);
  if (messages.length) {
    const chosen = choose(ofStatus.length ? ofStatus : rules, messages, null, { fallback: false });
    if (chosen) return entry(chosen.rule);
  }
  if (ofStatus.length && !messages.length) return list(ofStatus);
  const q = query.message ?? query.code_name ?? query.code ?? query.status;
  return q ? { kind: 'search', q } : { kind: 'empty' };
}

/** The parameters a tool would put in the resolver's address for this entry's response. */
export function resolverParams(meta: Pick<EntryMeta, 'code' | 'code_name' | 'status' | 'match' | 'default_for_code'>) {
  if (meta.code === null) return { status: String(meta.status) };
  const message = meta.default_for_code ? undefined : meta.match[0];
  return { code: String(meta.code), ...(meta.code_name && { code_name: meta.code_name }), ...(message && { message }) };
}
