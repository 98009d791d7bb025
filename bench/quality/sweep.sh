#!/usr/bin/env bash
# LDA settings sweep on OrangeSum's analysed terms (never in CI; how LdaConfig's defaults were chosen).
# Usage: bench/quality/sweep.sh SETTING...   e.g.  bench/quality/sweep.sh it=100,rate=0.05,off=16 it=100,rate=0.05,off=16,start=random
# Env: SUJETS_ORANGESUM (the corpus; default ../shared/corpora/orangesum/orangesum.jsonl.gz from the
# repo root), WORK (/tmp/sujets-bench-quality), MAXDF (0.5), GENERIC (true: news-generic words left out,
# as a run does; false keeps them), TRUTH (a synthetic.py truth file).
# See src/test/java/org/sujets/bench/LdaSweep.java for the keys.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CORPUS="${SUJETS_ORANGESUM:-$ROOT/../shared/corpora/orangesum/orangesum.jsonl.gz}"
WORK="${WORK:-/tmp/sujets-bench-quality}"
mkdir -p "$WORK"
mvn -B -q -f "$ROOT/pom.xml" -DskipTests package   # sujets.jar, test classes (BenchHelper, LdaSweep), classpath, flags
CP="$ROOT/target/test-classes:$ROOT/target/sujets.jar:$(cat "$ROOT/target/spark-classpath.txt")"
read -r -a JVM < "$ROOT/target/launcher/jvm-flags.txt"
if [[ ! -s "$WORK/terms.tsv" ]]; then
  [[ -f "$CORPUS" ]] || { echo "bench: OrangeSum not found at $CORPUS; set SUJETS_ORANGESUM" >&2; exit 1; }
  java -Xmx6g "${JVM[@]}" -cp "$CP" org.sujets.bench.BenchHelper export "$CORPUS" "$WORK/terms.tsv" 2>>"$WORK/helper.log"
fi
java -Xmx10g ${MAXDF:+-Dmaxdf=$MAXDF} ${GENERIC:+-Dgeneric=$GENERIC} ${TRUTH:+-Dtruth=$TRUTH} "${JVM[@]}" -cp "$CP" org.sujets.bench.LdaSweep "$WORK/terms.tsv" "$@" 2>>"$WORK/sweep.log"
