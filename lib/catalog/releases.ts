/**
 * The gateway's data-plane releases: the `release/1.x` branches of TencentBlueKing/blueking-apigateway-apisix,
 * with the date of each branch's last commit in the snapshot read for the catalog. An entry's `releases`
 * may name only these, so a typo or an invented release fails the build. Add a line when a branch appears.
 */
import type { Lang } from '../i18n/lang';
const RELEASES = {
  '1.10': '2023-06-02',
  '1.11': '2023-06-29',
  '1.12': '2023-12-28',
  '1.13': '2024-05-13',
  '1.15': '2025-02-17',
  '1.16': '2025-07-07',
  '1.17': '2025-09-01',
  '1.18': '2025-10-30',
  '1.19': '2026-01-04',
  '1.20': '2026-01-08',
  '1.21': '2026-04-13',
  '1.22': '2026-05-29',
} as const;

export type Release = keyof typeof RELEASES;
export const RELEASE_NAMES = Object.keys(RELEASES) as Release[];

/** `release/1.20 – 1.21`, `release/1.22 and later`, `up to release/1.19`: how a page names a range. */
export function releaseRange(from: Release | undefined, until: Release | undefined, lang: Lang): string {
  if (from && until) return from === until ? `release/${from}` : `release/${from} – ${until}`;
  if (from) return lang === 'zh' ? `release/${from} 及以后` : `release/${from} and later`;
  return lang === 'zh' ? `release/${until} 及以前` : `up to release/${until}`;
}
