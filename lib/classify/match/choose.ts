/**
 * The catalog's side of matching: among the rules that share a code, the one a message picks, and the reason
 * section it names. The classifier (match.ts) and the resolver (resolve.ts) both choose with these.
 */
import type { MatchRule } from '../../catalog/rules';

export type Pick = { rule: MatchRule; how: string };

/**
 * The part of a message that identifies it, lower-cased: the base text and the reason come first, and
 * a backend body quoted in `[reason="..."]` can run to megabytes, which every rule would otherwise scan.
 */
const MESSAGE_HEAD = 16 * 1024;
function head(message: string): string {
  return message.slice(0, MESSAGE_HEAD).toLowerCase();
}

/**
 * Among rules sharing a code: a whole message equal to `match_exact`, then the longest `match` text
 * the message contains, then the longest reason text, then the code's default. Messages are tried in
 * order (the body's first: the error header lacks the `[reason=...]` taken from the backend's body).
 */
export function choose(
  pool: MatchRule[],
  messages: string[],
  codeName: string | null,
  { fallback = true }: { fallback?: boolean } = {},
): Pick | null {
  const lower = messages.map(head);
  for (const m of lower) {
    const exact = pool.find((r) => r.match_exact.some((t) => t.trim().toLowerCase() === m.trim()));
    if (exact) return { rule: exact, how: `message is exactly "${m.trim()}"` };
  }
  for (const texts of [(r: MatchRule) => r.match, (r: MatchRule) => r.reasons.map((x) => x.text)]) {
    for (const m of lower) {
      let best: { rule: MatchRule; text: string } | null = null;
      for (const rule of pool) {
        for (const t of texts(rule)) {
          if (t.length > (best?.text.length ?? 0) && m.includes(t.toLowerCase())) best = { rule, text: t };
        }
      }
      if (best) return { rule: best.rule, how: `message contains "${best.text}"` };
    }
  }
  if (!fallback) return null;
  const defaults = pool.filter((r) => r.default_for_code);
  const byName = defaults.find((r) => r.code_name === codeName) ?? defaults[0];
  if (byName) return { rule: byName, how: 'the default entry for this code' };
  if (pool.length === 1) return { rule: pool[0]!, how: 'the only entry with this code' };
  return null;
}

/** Rules with the code; where several code_names share it (1640302), only those with the response's. */
/**
 * The gateway's entries for a code_name alone (a flow-log record names no code): those at the status where
 * any is, else every one with the name (RATE_LIMIT_RESTRICTION at 429 is three codes).
 */
export function namedPool(rules: MatchRule[], codeName: string | null, status: number | null): MatchRule[] {
  const named = rules.filter((r) => r.system === 'gateway' && r.code_name !== null && r.code_name === codeName);
  const atStatus = named.filter((r) => r.status === status);
  return atStatus.length ? atStatus : named;
}

export function poolFor(
  rules: MatchRule[],
  code: number,
  codeName: string | null,
  system: MatchRule['system'],
): MatchRule[] {
  const withCode = rules.filter((r) => r.code === code && r.system === system);
  const names = new Set(withCode.map((r) => r.code_name));
  if (codeName === null || names.size < 2) return withCode;
  const named = withCode.filter((r) => r.code_name === codeName);
  return named.length ? named : withCode;
}

export function reasonOf(rule: MatchRule, messages: string[]): MatchRule['reasons'][number] | null {
  const lower = messages.map(head);
  let best: MatchRule['reasons'][number] | null = null;
  for (const r of rule.reasons) {
    if (r.text.length > (best?.text.length ?? 0) && lower.some((m) => m.includes(r.text.toLowerCase()))) best = r;
  }
  return best;
}
