// Prints the one closing line CI reads, "N passed, N failed", summing vitest's and Playwright's JSON reports
// and counting each failed step of scripts/test.sh (named after the two reports) as one failure.
//
//   npx tsx scripts/test-summary.ts <vitest.json> <playwright.json> [failed step ...]
import fs from 'node:fs';

let passed = 0;
let failed = 0;
const [vitestFile, playwrightFile, ...failedSteps] = process.argv.slice(2);
/** A JSON report, or null where the step that writes it did not run. */
const read = (f?: string) => (f && fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : null);

const vitest = read(vitestFile);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
} else failed += 1;

const playwright = read(playwrightFile);
if (playwright) {
  passed += playwright.stats.expected + (playwright.stats.flaky ?? 0);
  failed += playwright.stats.unexpected;
} else failed += 1;

for (const step of failedSteps) console.log(`FAILED step: ${step}`);
failed += failedSteps.length;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
