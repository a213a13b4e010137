/**
 * "This error is missing / this page is wrong": the title and body a tracker receives. The body is the
 * masked summary a ticket would carry (verdict, status, code, entry, request id, the portal's version),
 * never the paste; every value goes through `mask` (a verdict's caller passes lib/share/mask.ts's masker; an
 * entry page, which holds nothing pasted, needs none and so does not carry the masker). The reader sees it
 * before the tracker opens (components/feedback.tsx).
 */
import { feedbackUrl } from './address';
import { feedbackStrings } from '../i18n/feedback';
import type { Lang } from '../i18n/lang';
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
  /** The portal page the reader is on; sent without its fragment (a share link's fragment holds the paste). */
  page: string;
  version: string;
};
export type Mask = (text: string) => string;

/** The title and body, in `lang`; each value on one line, clipped, then masked. */
export function feedbackText(
  lang: Lang,
  kind: FeedbackKind,
  facts: FeedbackFacts,
  mask: Mask = (s) => s,
): { title: string; body: string } {
  const d = feedbackStrings(lang);
  const clean = (v: string | number | null | undefined) =>
    v === null || v === undefined || v === ''
      ? d.none
      : mask(
          String(v)
            .replace(/[\r\n\t]+/g, ' ')
            .slice(0, 200),
        );
  const page = facts.page.replace(/#.*$/s, '');
  const what = facts.entry ?? facts.code ?? facts.status ?? page;
  const title = (kind === 'missing' ? d.titleMissing : d.titleWrong)(clean(what));
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
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([label, v]) => `- ${label}: ${clean(v)}`)
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
