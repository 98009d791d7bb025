#!/usr/bin/env bash
# Usage: .ci/check-report-page.sh OUTPUT_DIR [SCREENSHOT_PREFIX]
# Drives OUTPUT_DIR/report.html in Debian's Chromium with puppeteer-core (src/test/browser): clicks
# a topic in the list and on the map, moves the λ slider, types searches, checks what the page
# shows against the run's files (and, when the run has its model, the search box against
# `sujets search --json` on a phrase of the run), and saves screenshots at 1400 and 390 pixels wide (default
# prefix target/browser/<folder name>). puppeteer-core is installed with `npm ci` from the
# committed package-lock.json; no browser is ever downloaded (PUPPETEER_SKIP_DOWNLOAD).
# Needs .ci/install-report-tools.sh (chromium, node, npm). SUJETS names another launcher than bin/sujets.
set -euo pipefail

[ "$#" -ge 1 ] && [ "$#" -le 2 ] || { echo "usage: $0 OUTPUT_DIR [SCREENSHOT_PREFIX]" >&2; exit 2; }
[ -f "$1/report.html" ] || { echo "check-report-page: FAIL: no report.html in $1" >&2; exit 1; }
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$(cd "$1" && pwd)
PREFIX=${2:-$ROOT/target/browser/$(basename "$OUT")}
mkdir -p "$(dirname "$PREFIX")"
PREFIX="$(cd "$(dirname "$PREFIX")" && pwd)/$(basename "$PREFIX")"
TESTS="$ROOT/src/test/browser"

export PUPPETEER_SKIP_DOWNLOAD=1
# npm ci only when the installed packages are not those of the lock file.
if ! cmp -s "$TESTS/package-lock.json" "$TESTS/node_modules/.package-lock.json.ci" 2>/dev/null; then
  (cd "$TESTS" && timeout 600 npm ci --no-audit --no-fund --loglevel=error)
  cp "$TESTS/package-lock.json" "$TESTS/node_modules/.package-lock.json.ci"
fi
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
[ -n "$CHROMIUM" ] || { echo "check-report-page: FAIL: Chromium not found (run .ci/install-report-tools.sh)" >&2; exit 1; }
export CHROMIUM
# With a model, the page's search box must agree with `sujets search` on a phrase of the run
# (else topic 1's first word).
if [ -f "$OUT/model/model.json" ] && [ -z "${SEARCH_JSON:-}" ]; then
  query=$(node -e '
    const t = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).topics;
    const words = t.flatMap((x) => x.words.map((w) => w.word));
    console.log(words.find((w) => w.includes(" ")) || words[0]);' "$OUT/topics.json")
  SEARCH_JSON=$(mktemp)
  trap 'rm -f "$SEARCH_JSON"' EXIT
  "${SUJETS:-$ROOT/bin/sujets}" search -m "$OUT/model" --json "$query" >"$SEARCH_JSON" 2>/dev/null \
    || { echo "check-report-page: FAIL: sujets search \"$query\" failed" >&2; exit 1; }
  export SEARCH_JSON
fi
[ -z "${query:-}" ] || echo "check-report-page: the search box against sujets search \"$query\""
cd "$TESTS" && timeout 300 node report-page.test.mjs "$OUT" "$PREFIX"
