/** Reading an address: its language, and the entry an unknown entry address most likely meant. */
import type { Lang } from './i18n/lang';
import { BASE_PATH } from './site';

/** The language an address is in, from its first segment after the sub-path; null for a neutral one. */
export function langOfPath(pathname: string, base = BASE_PATH): Lang | null {
  const rest = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const m = /^\/(zh|en)(?:\/|$)/.exec(rest);
  return m ? (m[1] as Lang) : null;
}

function pairsOf(s: string): string[] {
  return Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
}

/**
 * The slug an unknown entry address most likely meant (an old or mistyped slug), by the letter pairs it
 * shares with each slug (Dice's coefficient); null where none shares enough, or the address is not an entry's.
 */
export function nearestSlug(pathname: string, slugs: readonly string[]): string | null {
  const m = /\/errors\/([^/?#]+)\/?$/.exec(pathname);
  if (!m) return null;
  const asked = decodeURIComponent(m[1]!).toLowerCase();
  const a = pairsOf(asked);
  let best: { slug: string; score: number } | null = null;
  for (const slug of slugs) {
    const b = pairsOf(slug);
    const rest = [...b];
    let shared = 0;
    for (const p of a) {
      const k = rest.indexOf(p);
      if (k >= 0) {
        shared++;
        rest.splice(k, 1);
      }
    }
    const score = (2 * shared) / (a.length + b.length || 1);
    if (!best || score > best.score) best = { slug, score };
  }
  return best && best.score >= 0.5 ? best.slug : null;
}
