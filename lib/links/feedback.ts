/**
 * "This error is missing / this page is wrong": the title and body a tracker receives. The body is the
 * masked summary a ticket would carry (verdict, status, code, entry, request id, the portal's version),
 * never the paste; every value from a paste goes through the masker first. The reader sees it before the
 * tracker opens (components/feedback.tsx).
 */
import { feedbackUrl } from './address';
import type { Lang } from '../i18n/lang';
import { linksText } from '../i18n/links';
import { maskSecrets } from '../share/mask';
import type { SiteConfig } from '../site-config';

export type FeedbackKind = 'missing' | 'wrong';
export type FeedbackFacts = {
  /** The verdict in words, where there is one. */
  verdict?: string | null;
  status?: number | null;
  code?: number | null;
  code_name?: string | null;
  /** The entry's slug (or guide anchor). */
  entry?: string | null;
  request_id?: string | null;
  /** The portal page the reader is on, without its fragment (a share link's fragment holds the paste). */
  page: string;
  version: string;
};

/** One value as the body carries it: on one line, clipped, masked. */
function clean(v: string | number | null | undefined, none: string): string {
  if (v === null || v === undefined || v === '') return none;
  const one = String(v)
    .replace(/[\r\n\t]+/g, ' ')
    .slice(0, 200);
  return maskSecrets(one).text;
}

/** The title and body, in `lang`. */
export function feedbackText(lang: Lang, kind: FeedbackKind, facts: FeedbackFacts): { title: string; body: string } {
  const d = linksText(lang).feedback;
  const page = facts.page.replace(/#.*$/s, '');
  const what = facts.entry ?? facts.code ?? facts.status ?? page;
  const title = (kind === 'missing' ? d.titleMissing : d.titleWrong)(clean(what, d.none));
  const rows: [string, string | number | null | undefined][] = [
    [d.verdict, facts.verdict],
    [d.status, facts.status],
    [d.code, facts.code],
    ['code_name', facts.code_name],
    [d.entry, facts.entry],
    ['X-Bkapi-Request-ID', facts.request_id],
    [d.page, page],
    [d.version, facts.version],
  ];
  const body = rows
    .filter(([label, v]) => (v !== null && v !== undefined && v !== '') || label === d.page)
    .map(([label, v]) => `- ${label}: ${clean(v, d.none)}`)
    .join('\n');
  return { title, body };
}

/** The tracker's address for that title and body; null where no tracker is set. */
export function feedbackLink(
  config: Pick<SiteConfig, 'feedback'>,
  text: { title: string; body: string },
): string | null {
  return feedbackUrl(config, text.title, text.body);
}
