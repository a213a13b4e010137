/**
 * One Lighthouse audit of a page with Debian's Chromium, shared by `npm run bench:lighthouse` (all
 * categories, performance being a benchmark) and e2e/lighthouse.spec.ts (accessibility and best practices,
 * which do not depend on the machine's speed, as tests). Mobile settings: Lighthouse's defaults.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

/** The flags of the Playwright tests: no background requests (this machine's network is closed). */
export function launchChrome() {
  return chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export type Audit = {
  scores: Record<string, number>;
  lcpMs: number;
  tbtMs: number;
  benchmarkIndex: number;
  problems: string[];
};

export async function audit(url: string, port: number, categories: string[]): Promise<Audit> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: categories });
  if (!result) throw new Error(`no Lighthouse result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  // What costs points outside performance: the audits that did not pass, with the first elements they name.
  const problems = categories
    .filter((c) => c !== 'performance')
    .flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => {
          const items = (
            (lhr.audits[ref.id]!.details as { items?: { node?: { selector?: string } }[] })?.items ?? []
          ).slice(0, 3);
          return `${c}: ${ref.id} (${lhr.audits[ref.id]!.title}) ${items.map((x) => x.node?.selector ?? '').join(' | ')}`;
        }),
    );
  const ms = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? NaN);
  return {
    scores,
    lcpMs: ms('largest-contentful-paint'),
    tbtMs: ms('total-blocking-time'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    problems,
  };
}
