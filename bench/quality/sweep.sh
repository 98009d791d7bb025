#!/usr/bin/env bash
# LDA settings sweep on OrangeSum's analysed terms (never in CI; how LdaConfig's defaults were chosen).
# Usage: bench/quality/sweep.sh SETTING...   e.g.  bench/quality/sweep.sh it=100,rate=0.05,off=16 it=100,rate=0.05,off=16,start=random
# Env: CORPUS (shared OrangeSum), WORK (/tmp/sujets-bench-quality), MAXDF (0.5). See LdaSweep.java for the keys.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CORPUS="${CORPUS:-$ROOT/../shared/corpora/orangesum/orangesum.jsonl.gz}"
[[ -f "$CORPUS" ]] || CORPUS=/work/shared/corpora/orangesum/orangesum.jsonl.gz
WORK="${WORK:-/tmp/sujets-bench-quality}"
mkdir -p "$WORK"
[[ -f "$ROOT/target/sujets.jar" ]] || mvn -B -q -f "$ROOT/pom.xml" -DskipTests package
CP="$ROOT/target/sujets.jar:$(cat "$ROOT/target/spark-classpath.txt")"
read -r -a JVM < "$ROOT/target/launcher/jvm-flags.txt"
javac -cp "$CP" -d "$WORK/classes" "$HERE/BenchHelper.java" "$HERE/LdaSweep.java"
[[ -s "$WORK/terms.tsv" ]] || java -Xmx6g "${JVM[@]}" -cp "$WORK/classes:$CP" BenchHelper export "$CORPUS" "$WORK/terms.tsv" 2>>"$WORK/helper.log"
java -Xmx10g ${MAXDF:+-Dmaxdf=$MAXDF} ${TRUTH:+-Dtruth=$TRUTH} "${JVM[@]}" -cp "$WORK/classes:$CP" LdaSweep "$WORK/terms.tsv" "$@" 2>>"$WORK/sweep.log"
