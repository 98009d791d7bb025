#!/usr/bin/env bash
# Benchmark: generates corpora of N articles (200–300 words stitched from OrangeSum sentences, 5 %
# wire copies: see bench/generate.py), runs the
# job on each with bin/sujets (--driver-memory 4g by default), and prints per stage articles/s and
# MB/s of text, the driver's peak RSS, and two baselines on the same texts:
#   (a) raw Lucene: FrenchNewsAnalyzer in 2 plain Java threads, no Spark, alone and with the rest of
#       the analysis stage's per-article work (boilerplate rules, gaps) (texts in memory; at most
#       BENCH_LUCENE_MAX articles, 200,000 by default, are loaded);
#   (b) Spark's RegexTokenizer + StopWordsRemover in local[2], timed like the job's analysis stage,
#       with our FrenchNewsTokenizer timed the same way in the same session.
# usage: bench/run.sh [N ...]            (default: 10000 100000)
# env:   SUJETS_ORANGESUM (corpus to resample), BENCH_DRIVER_MEMORY (4g), BENCH_SKIP_BASELINES=1
# Corpora and results go to bench/work/ (git-ignored). Check `uptime` first: on a busy 2-core
# machine the figures measure the contention, not the code.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
WORK="$ROOT/bench/work"
CORPUS="${SUJETS_ORANGESUM:-$ROOT/../shared/corpora/orangesum/orangesum.jsonl.gz}"
MEM="${BENCH_DRIVER_MEMORY:-4g}"
PY=/usr/bin/python3; [[ -x "$PY" ]] || PY=python3
SIZES=("$@"); [[ ${#SIZES[@]} -gt 0 ]] || SIZES=(10000 100000)
mkdir -p "$WORK"

mvn -B -q -DskipTests package >&2   # sujets.jar, test classes (the baselines), classpath, flags
read -r -a FLAGS < target/launcher/jvm-flags.txt
CP="$ROOT/target/test-classes:$ROOT/target/sujets.jar:$(cat target/spark-classpath.txt)"
export SPARK_LOCAL_IP=127.0.0.1

for n in "${SIZES[@]}"; do
  dir="$WORK/$n"
  # Corpora are cached; one from the first generator (whole articles resampled) is made again.
  grep -qs '"generator": 2' "$dir/stats.json" || { rm -rf "$dir"; "$PY" bench/generate.py "$CORPUS" "$n" "$dir"; }
  res="$WORK/result-$n"; rm -rf "$res"; mkdir -p "$res"
  uptime > "$res/load-before.txt"
  echo "bench: job on $n articles (driver memory $MEM)..." >&2
  /usr/bin/time -v -o "$res/time.txt" bin/sujets run --driver-memory "$MEM" \
    --input "$dir/part-*.jsonl.gz" --output "$res/out" > "$res/job.out" 2> "$res/job.err" \
    || { tail -20 "$res/job.err" >&2; echo "bench: the job failed on $n articles" >&2; exit 1; }
  uptime > "$res/load-after-job.txt"
  if [[ "${BENCH_SKIP_BASELINES:-0}" != 1 ]]; then
    echo "bench: baselines on $n articles..." >&2
    java -Xmx"$MEM" "${FLAGS[@]}" -cp "$CP" org.sujets.bench.LuceneBaseline "$dir" \
      "$(( n < ${BENCH_LUCENE_MAX:-200000} ? n : ${BENCH_LUCENE_MAX:-200000} ))" 2 > "$res/baselines.jsonl"
    java -Xmx"$MEM" "${FLAGS[@]}" -cp "$CP" org.sujets.bench.SparkAnalysisBaselines "$dir" 'local[2]' \
      >> "$res/baselines.jsonl" 2> "$res/baselines.err"
  fi
  uptime > "$res/load-after.txt"
  "$PY" bench/report.py "$dir/stats.json" "$res" | tee "$res/report.txt"
done
