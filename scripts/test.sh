#!/usr/bin/env bash
# Every test, in CI's order: formatter and linter (npm run check), content check, types, unit tests, the static export (at the root and under a
# sub-path), the link check and weight budgets of the exports, then the browser tests against nginx serving
# those exports with deploy/nginx.conf (CSP, addresses, accessibility, print among them).
# Installs what npm does not (Debian's chromium and nginx) when it is missing.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} from Debian's packages"
  sudo_=""; [ "$(id -u)" -eq 0 ] || sudo_="sudo"
  $sudo_ apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq "${need[@]}" >/dev/null || { echo "could not install ${need[*]}"; exit 1; }
fi

mkdir -p .bench
# A step that fails (types, content, a build, links, weight) counts as a failed test in the summary line.
failed_steps=()
step() { echo; echo "== $*"; "$@" || failed_steps+=("$*"); }

step npm run -s check
step npx tsx scripts/check-content.ts
step npx tsc --noEmit
step npx vitest run --reporter=default --reporter=json --outputFile=.bench/vitest.json
# The sub-path build first, kept in out-subpath/, then the root build in out/. The sub-path export is built
# with the three link settings (README, e2e/site-links.spec.ts), the root export without: no extra build.
step env BASE_PATH=/docs/apigw-errors PORTAL_APIGW_DASHBOARD_URL=https://apigw.example.com/ \
  PORTAL_PAAS_URL=https://paas.example.com/ 'PORTAL_FEEDBACK_URL=https://tracker.example.com/new?title={title}&body={body}' \
  npm run -s build
rm -rf out-subpath && mv out out-subpath
step env -u PORTAL_APIGW_DASHBOARD_URL -u PORTAL_PAAS_URL -u PORTAL_FEEDBACK_URL npm run -s build
# The root export is the site without the settings: e2e/site-links.spec.ts checks that no file of it carries a
# trace of them (their values, the meta, a rendered link), and that the same scan finds them in out-subpath/.
# The gates that read the exports (also run as e2e/export.spec.ts, so a failure counts in the summary):
# every internal link and fragment resolves, and each page type's JavaScript and CSS is within budget.
step npx tsx scripts/check-links.ts out out-subpath=/docs/apigw-errors
step npx tsx scripts/weight.ts
PLAYWRIGHT_JSON_OUTPUT_NAME=.bench/playwright.json step npx playwright test --reporter=list,json

npx tsx scripts/test-summary.ts .bench/vitest.json .bench/playwright.json "${failed_steps[@]}"
