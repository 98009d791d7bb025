#!/usr/bin/env bash
# Usage: .ci/check-html.sh OUTPUT_DIR [SCREENSHOT.png]
# Opens OUTPUT_DIR/report.html in headless Chromium, takes a screenshot (default
# target/report-html.png) and checks from the rendered DOM that no script or handler from the
# data ran: the page title is unchanged, no <script>/<img onerror> payload became an element,
# the page's own script did run (the topic panel is filled) and the CSP refused nothing, i.e.
# the page fetched nothing. When the data holds the test payloads (the report test fixture in
# target/report-fixture does), also checks they are shown escaped.
# Needs .ci/install-report-tools.sh.
set -euo pipefail

fail() { echo "check-html: FAIL: $*" >&2; exit 1; }

[ "$#" -ge 1 ] && [ "$#" -le 2 ] || { echo "usage: $0 OUTPUT_DIR [SCREENSHOT.png]" >&2; exit 2; }
[ -d "$1" ] || fail "no such directory: $1"
OUT=$(cd "$1" && pwd)
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HTML="$OUT/report.html"
[ -f "$HTML" ] || fail "$HTML not found"
SHOT=${2:-$ROOT/target/report-html.png}
mkdir -p "$(dirname "$SHOT")"

CHROME=""
for c in chromium chromium-browser google-chrome; do
  if command -v "$c" >/dev/null 2>&1; then CHROME=$(command -v "$c"); break; fi
done
[ -n "$CHROME" ] || fail "Chromium not found (run .ci/install-report-tools.sh)"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
FLAGS=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --disable-dev-shm-usage --hide-scrollbars --mute-audio
  --enable-logging=stderr --v=0 --virtual-time-budget=5000)
URL="file://$HTML"

run_chrome() { # $1 = profile name, rest = extra flags; stdout kept, stderr to $TMP/$1.log
  local profile=$1; shift
  timeout 120 "$CHROME" "${FLAGS[@]}" --user-data-dir="$TMP/$profile" "$@" "$URL" 2>"$TMP/$profile.log"
}

run_chrome shot --window-size=1400,2400 --screenshot="$SHOT" >/dev/null \
  || { tail -20 "$TMP/shot.log" >&2; fail "Chromium could not take the screenshot"; }
[ -s "$SHOT" ] && [ "$(head -c 4 "$SHOT" | od -An -c | tr -d ' ')" = "211PNG" ] \
  || fail "no PNG screenshot at $SHOT"
echo "check-html: screenshot $SHOT"

run_chrome dom --dump-dom >"$TMP/dom.html" \
  || { tail -20 "$TMP/dom.log" >&2; fail "Chromium could not dump the DOM"; }
[ -s "$TMP/dom.html" ] || fail "empty DOM dump"

# The page's <title> as written and as rendered (a script from the data would change it).
title_of() { tr '\n' ' ' <"$1" | grep -o '<title>[^<]*</title>' | head -1; }
want=$(title_of "$HTML")
got=$(title_of "$TMP/dom.html")
[ -n "$want" ] || fail "report.html has no <title>"
[ "$want" = "$got" ] || fail "title changed by a script: expected $want, got $got"
grep -qi 'pwned</title>' "$TMP/dom.html" && fail "a payload set the title"
grep -Eqi '<script>[^<]*document\.title' "$TMP/dom.html" && fail "a <script> from the data is in the DOM"
grep -Eqi '<img[^>]*onerror' "$TMP/dom.html" && fail "an <img onerror> from the data is in the DOM"
n_scripts=$(grep -o '<script' "$TMP/dom.html" | wc -l)
[ "$n_scripts" -eq 2 ] || fail "expected the page's 2 <script> elements, found $n_scripts"
grep -q '<ol id="articles-list"><li>' "$TMP/dom.html" \
  || fail "the page's script did not run (topic articles panel empty)"
if grep -qi 'Refused to\|Content Security Policy' "$TMP/dom.log" "$TMP/shot.log"; then
  grep -hi 'Refused to\|Content Security Policy' "$TMP/dom.log" "$TMP/shot.log" | head -5 >&2
  fail "the CSP blocked something the page tried to load or run"
fi

# Payloads of the test fixture, when present, must show as text.
if grep -q "document.title=&#39;pwned&#39;\|document.title='pwned'" "$HTML"; then
  grep -q "&lt;script&gt;document.title=" "$TMP/dom.html" || fail "script payload not shown escaped"
  grep -q "&lt;img src=x onerror=" "$TMP/dom.html" || fail "img payload not shown escaped"
  echo "check-html: test payloads shown as text"
fi
echo "check-html: OK"
