#!/usr/bin/env bash
# Sample-run benchmark (issue 3): the bundled 5-article sample through bin/sujets, alternately
# without (SUJETS_CDS=0) and with the AppCDS archive, ROUNDS times each. Prints per run the wall
# time, the process CPU time (user + sys: the figure to compare on a loaded machine), the load
# average and the number of Spark jobs (from a Spark event log). A script, never a timed test.
# Usage: bench/sample.sh [ROUNDS]   (default 2; outputs under /tmp/sujets-bench-sample/)
set -euo pipefail
HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${1:-2}"
WORK=/tmp/sujets-bench-sample
rm -rf "$WORK" && mkdir -p "$WORK"
run() { # $1 label, $2 SUJETS_CDS value
  local ev="$WORK/ev-$1-$3"
  mkdir -p "$ev"
  local load; load="$(cut -d' ' -f1 /proc/loadavg)"
  SUJETS_CDS="$2" /usr/bin/time -f "%e %U %S" -o "$WORK/time" "$HOME_DIR/bin/sujets" run -o "$WORK/out" --overwrite \
    --conf spark.eventLog.enabled=true --conf spark.eventLog.dir="$ev" --conf spark.eventLog.compress=false \
    >"$WORK/log-$1-$3" 2>&1
  read -r wall user sys < "$WORK/time"
  local jobs; jobs="$(cat "$ev"/*/events_* "$ev"/local-* 2>/dev/null | grep -c '"Event":"SparkListenerJobStart"' || true)"
  printf '%-8s wall %6.1f s  cpu %6.1f s (user %5.1f, sys %4.1f)  load %5s  spark jobs %s\n' \
    "$1" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$user" "$sys" "$load" "$jobs"
}
# The first run after a build dumps the archive; it is not measured.
"$HOME_DIR/bin/sujets" run -o "$WORK/out" --overwrite >/dev/null 2>&1
for ((i = 1; i <= ROUNDS; i++)); do
  run no-cds 0 "$i"
  run cds 1 "$i"
done
