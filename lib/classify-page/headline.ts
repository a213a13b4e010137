/**
 * The verdict's headline, in the paste's own values: what happened (who answered and the entry's title, with
 * the status, code and the app and gateway the paste names), who acts, and the first thing to do. The classify
 * page shows it first and announces it; the words come from lib/i18n/classify.ts, the values from the result.
 */
import type { Result } from '../classify';
import type { ClassifyEntry } from './entries-json';
import { classifyText } from '../i18n/classify';
import type { Lang } from '../i18n/lang';

export type Headline = {
  /** What happened: "网关拒绝了请求：应用无权限访问该资源（403 · 1640301 · 应用 bk_sops）". */
  text: string;
  /** The same in two parts: who answered and the entry's title, then the values in brackets. */
  main: string;
  facts: string;
  /** Who acts, in words ("调用方处理"), where the verdict says. */
  who: string | null;
  /** The first thing to do. */
  action: string;
  /** Whether the steps of an entry follow on the page (the action then links to them). */
  steps: boolean;
};

const has = (result: Result, signal: string) => result.evidence.some((e) => e.signal === signal);

export function headline(lang: Lang, result: Result, entry: ClassifyEntry | undefined): Headline {
  const d = classifyText(lang);
  const h = d.headline;
  const lead = (): string => {
    switch (result.source) {
      case 'gateway':
        return result.status !== null && result.status >= 400 && result.status < 500 ? h.lead.refused : h.lead.gateway;
      case 'esb':
        return h.lead.esb;
      case 'backend':
        return h.lead[result.layer ?? 'backend'];
      default:
        if (has(result, 'no-response-came')) return h.lead.none;
        if (has(result, 'not-a-response')) return h.lead.notResponse;
        if (has(result, 'several-errors')) return h.lead.several;
        return h.lead.unknown;
    }
  };
  const said = result.confidence === 'low' && result.source !== 'unknown' ? h.probably(lead()) : lead();
  const facts = [
    result.status,
    result.code,
    result.app?.bk_app_code ? h.app(result.app.bk_app_code) : null,
    result.gateway?.name ? h.gateway(result.gateway.name) : null,
    result.gateway?.stage ? h.stage(result.gateway.stage) : null,
  ]
    .filter((x) => x !== null && x !== undefined)
    .map(String);
  const main = `${said}${entry ? `${h.sep}${entry.title[lang]}` : ''}`;
  const values = facts.length ? h.facts(facts.join(' · ')) : '';
  const told = { text: `${main}${values}`, main, facts: values };

  if (entry) return { ...told, who: d.actor[entry.actor], action: entry.action[lang], steps: true };
  if (result.source === 'backend') {
    const s = result.status ?? 0;
    const kind = s >= 500 ? '5xx' : s >= 400 ? '4xx' : 'other';
    // A 4xx of the backend's is the caller's to fix (the request); the rest is the backend owner's.
    return {
      ...told,
      who: d.actor[kind === '4xx' ? 'caller' : 'backend-owner'],
      action: h.backendAction[kind],
      steps: true,
    };
  }
  if (has(result, 'no-response-came')) return { ...told, who: d.actor.caller, action: h.noneAction, steps: true };
  if (has(result, 'not-a-response')) return { ...told, who: null, action: h.notResponseAction, steps: false };
  if (has(result, 'several-errors')) return { ...told, who: null, action: h.severalAction, steps: false };
  return { ...told, who: null, action: h.unknownAction, steps: false };
}
