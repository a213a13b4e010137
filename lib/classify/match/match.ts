import { choose, namedPool, poolFor, reasonOf } from './choose';
import type { MatchRule } from '../../catalog/rules';
import type { Decision } from '../decide/decide';
import { ev, type Facts } from '../signals/signals';
import type { Evidence } from '../types';

/** The catalog's answer: the entry (or guide anchor), the ones it could be, and the code as the response gives it. */
export type MatchResult = {
  entry: string | null;
  candidates: string[];
  code: number | null;
  code_name: string | null;
  /** The id of the entry's section for the reason the message names. */
  reason: string | null;
  evidence: Evidence[];
};

export function match(facts: Facts, decision: Decision, rules: MatchRule[]): MatchResult {
  const { body } = facts;
  const out: MatchResult = { entry: null, candidates: [], code: null, code_name: null, reason: null, evidence: [] };
  const byStatus = (system?: MatchRule['system']) =>
    rules.filter((r) => r.status === facts.status && (!system || r.system === system)).map((r) => r.slug);
  const settle = (code: number, codeName: string | null, messages: string[], system: MatchRule['system']) => {
    Object.assign(out, { code, code_name: codeName });
    const pool = poolFor(rules, code, codeName, system);
    const chosen = choose(pool, messages, codeName);
    if (chosen) {
      out.entry = chosen.rule.slug;
      out.evidence.push(ev('catalog-match', chosen.rule.slug, `Code ${code}: ${chosen.how}.`));
      for (const note of chosen.rule.releases) out.evidence.push(ev('release-note', note, note));
      const reason = reasonOf(chosen.rule, messages);
      if (reason) {
        out.reason = reason.id;
        out.evidence.push(ev('catalog-reason', reason.text, `Section #${reason.id} of ${chosen.rule.slug}.`));
      }
    } else {
      out.candidates = pool.length ? pool.map((r) => r.slug) : byStatus(system);
      out.evidence.push(
        ev(
          'catalog-match',
          `code ${code}`,
          out.candidates.length ? 'Several entries fit; none is certain.' : 'No catalog entry has this code yet.',
        ),
      );
    }
  };
  const { fragment } = decision;
  if (fragment && fragment.code !== null) {
    settle(fragment.code, fragment.codeName, fragment.messages, fragment.system);
  } else if (fragment) {
    const pool = rules.filter((r) => r.code_name === fragment.codeName && r.system === fragment.system);
    const codes = new Set(pool.map((r) => r.code));
    if (codes.size === 1) settle(pool[0]!.code!, fragment.codeName, fragment.messages, fragment.system);
    else {
      // RATE_LIMIT_RESTRICTION names three codes: each is a candidate until the code or message says which.
      Object.assign(out, { code_name: fragment.codeName, candidates: pool.map((r) => r.slug) });
      out.evidence.push(
        ev('catalog-match', fragment.codeName ?? '', `Several codes share this code_name: ${[...codes].join(', ')}.`),
      );
    }
  } else if (decision.source === 'gateway') {
    // The flow log's error field is the message without its suffix: read only where no fuller message shows.
    const flowError = body.protocol || facts.errorMessage ? undefined : facts.flowLog?.error;
    const messages = [body.protocol?.message, facts.errorMessage, flowError, body.message].filter(
      (m): m is string => typeof m === 'string',
    );
    const codeName = body.protocol?.code_name ?? body.codeName;
    // A flow-log record names the code_name only: its code is that of the catalog's entry for the name (and
    // status) its error text names (RATE_LIMIT_RESTRICTION at 429 is three codes), else the name's first.
    const named = namedPool(rules, codeName, facts.status);
    const byName = choose(named, messages, codeName, { fallback: false })?.rule ?? named[0];
    const code = body.protocol?.code ?? facts.errorCode ?? body.incomplete?.code ?? byName?.code ?? null;
    if (code !== null) settle(code, codeName, messages, 'gateway');
    else {
      // The message alone (X-Bkapi-Error-Message without its code): the entry whose words it has, if one does.
      const pool = rules.filter((r) => r.system === 'gateway' && (facts.status === null || r.status === facts.status));
      const chosen = messages.length ? choose(pool, messages, null) : null;
      if (chosen) {
        out.entry = chosen.rule.slug;
        out.evidence.push(ev('catalog-match', chosen.rule.slug, `By the message alone: ${chosen.how}.`));
      } else out.candidates = facts.status !== null ? byStatus('gateway') : [];
    }
  } else if (decision.source === 'esb' && body.esb) {
    settle(body.esb.code, null, [body.esb.message], 'esb');
  } else if (decision.source === 'esb' && body.esbPage && facts.status === 404) {
    // The ESB answers an unknown component path with its 404 page; the entry for an unknown component explains it.
    out.entry = rules.find((r) => r.system === 'esb' && r.code === 1306404)?.slug ?? null;
  } else if (decision.source === 'backend') {
    if (decision.relayed && body.protocol) {
      // The inner error, for the backend's owner: which gateway error the backend passed on.
      settle(body.protocol.code, body.protocol.code_name, [body.protocol.message], 'gateway');
      out.candidates = out.entry ? [out.entry] : out.candidates;
      out.reason = null;
    }
    Object.assign(out, { code: body.code, code_name: body.codeName, entry: decision.anchor });
  } else if (decision.candidates.length) {
    out.candidates = decision.candidates;
    out.evidence.push(ev('status-candidates', String(facts.status ?? ''), `Could be: ${out.candidates.join(', ')}.`));
  } else if (decision.statusOnly && facts.status !== null) {
    out.candidates = byStatus();
    // A status with no body of its own (499) is the whole case; otherwise one candidate is still a guess.
    const only = out.candidates.length === 1 ? rules.find((r) => r.slug === out.candidates[0]) : undefined;
    if (only?.system === 'none') out.entry = only.slug;
    out.evidence.push(
      ev(
        'status-candidates',
        String(facts.status),
        out.candidates.length ? `Could be: ${out.candidates.join(', ')}.` : 'No catalog entry has this status.',
      ),
    );
  }
  return out;
}
