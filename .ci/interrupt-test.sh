#!/usr/bin/env bash
# Kills a run mid-LDA with SIGTERM (then another with SIGINT) and checks that the previous output
# is intact and that no temporary output folder is left. About 40 s.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
W="$(mktemp -d /tmp/sujets-interrupt.XXXXXX)"
trap 'rm -rf "$W"' EXIT
out="$W/out"

"$ROOT/bin/sujets" run --output "$out" --iterations 3 2> "$W/first.err" || { cat "$W/first.err" >&2; exit 1; }
before="$(cd "$out" && find . -type f -exec md5sum {} + | sort)"

# Job control on: a background job of a script otherwise ignores SIGINT.
set -m
for signal in TERM INT; do
  "$ROOT/bin/sujets" run --output "$out" --iterations 3000 --seed 7 2> "$W/$signal.err" &
  pid=$!
  for _ in $(seq 1 600); do
    grep -q 'LDA iteration' "$W/$signal.err" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  grep -q 'LDA iteration' "$W/$signal.err" || { echo "interrupt-test: the run never reached LDA" >&2; cat "$W/$signal.err" >&2; exit 1; }
  sleep 1
  kill -"$signal" "$pid"
  set +e; wait "$pid"; rc=$?; set -e
  [[ $rc -ne 0 ]] || { echo "interrupt-test: the run ended with 0 after SIG$signal" >&2; exit 1; }
  left="$(ls -d "$out".tmp-* "$out".old-* 2>/dev/null || true)"
  [[ -z "$left" ]] || { echo "interrupt-test: SIG$signal left $left" >&2; exit 1; }
  after="$(cd "$out" && find . -type f -exec md5sum {} + | sort)"
  [[ "$before" == "$after" ]] || { echo "interrupt-test: SIG$signal changed the previous output" >&2; exit 1; }
  echo "interrupt-test: SIG$signal mid-LDA: exit $rc, no temporary folder, previous output intact"
done
