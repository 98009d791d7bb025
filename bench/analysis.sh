#!/usr/bin/env bash
# The analysis stage taken apart, warm (issue 3): AnalysisStageProbe times, in one local[2] JVM and
# as the best of ROUNDS rounds after a warm-up, reading the cached articles, boilerplate removal,
# the tokenizer, its cache, the whole stage as the job runs it, and raw Lucene / the same work in
# plain Java on the same texts; then prints MB/s per step and the stage's ratios. bench/run.sh
# measures the stage once, cold, inside the job; this is the view to work on the stage with.
# usage: bench/analysis.sh [N] [ROUNDS] [PARTS]   (defaults: 100000, 3, 2: the first 2 of the 4
#        .jsonl.gz parts of bench/work/N, generated as bench/run.sh does when missing)
# A script, never a timed test. Check `uptime` first.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
N="${1:-100000}"; ROUNDS="${2:-3}"; PARTS="${3:-2}"
PY=/usr/bin/python3; [[ -x "$PY" ]] || PY=python3
dir="$ROOT/bench/work/$N"
grep -qs '"generator": 2' "$dir/stats.json" || { rm -rf "$dir"; "$PY" bench/generate.py \
  "${SUJETS_ORANGESUM:-$ROOT/../shared/corpora/orangesum/orangesum.jsonl.gz}" "$N" "$dir"; }
inputs="$(ls "$dir"/part-*.jsonl.gz | head -n "$PARTS" | paste -sd, -)"
mvn -B -q -DskipTests package >&2   # sujets.jar, test classes (the probe), classpath, flags
read -r -a FLAGS < target/launcher/jvm-flags.txt
CP="$ROOT/target/test-classes:$ROOT/target/sujets.jar:$(cat target/spark-classpath.txt)"
echo "bench: analysis stage, warm, on $inputs (load: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
out="$ROOT/bench/work/analysis-$N.jsonl"
SPARK_LOCAL_IP=127.0.0.1 java -Xmx8g -XX:+UseParallelGC "${FLAGS[@]}" -cp "$CP" \
  org.sujets.job.AnalysisStageProbe "$inputs" "$ROUNDS" 2>"$ROOT/bench/work/analysis-$N.err" > "$out" \
  || { tail -20 "$ROOT/bench/work/analysis-$N.err" >&2; exit 1; }
"$PY" - "$out" <<'REPORT'
import json, sys
steps = {}
for line in open(sys.argv[1]):
    if line.startswith("{"):
        step = json.loads(line)
        steps[step["step"]] = step
for name, step in steps.items():
    print("%-16s%8.2f s%9.1f MB/s" % (name, step["bestSeconds"], step["mbPerSecond"]))
for base in ("lucene-french", "lucene-analyze", "lucene-stage"):
    print("ratio: stage (warm) / %s: %.2f" % (base, steps["stage"]["mbPerSecond"] / steps[base]["mbPerSecond"]))
REPORT
echo "bench: load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
