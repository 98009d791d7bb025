#!/usr/bin/env bash
# Peer benchmark on OrangeSum, k = 20 (never in CI; heavy: run on an idle machine).
# Every system gets the same tokens: Sujets' analysed terms (stems) per article, exported once.
# Every system's topics are scored by the same code (org.sujets.topics.Coherence, NPMI of the top
# 10 words over the exported articles, -1 for a pair never seen together; TopicDiversity, top 25).
# Usage: bench/quality/run.sh [WORK]   (default /tmp/sujets-bench-quality)
# Env: SUJETS_ORANGESUM (the corpus; default ../shared/corpora/orangesum/orangesum.jsonl.gz from the repo root).
# SYSTEMS="sujets mallet gensim sklearn" (default: all four) picks the systems run.
# Needs: Maven Central (MALLET 2.0.8), Debian python3-gensim and python3-sklearn (installed if missing).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CORPUS="${SUJETS_ORANGESUM:-$ROOT/../shared/corpora/orangesum/orangesum.jsonl.gz}"
[[ -f "$CORPUS" ]] || { echo "bench: OrangeSum not found at $CORPUS; set SUJETS_ORANGESUM" >&2; exit 1; }
WORK="${1:-/tmp/sujets-bench-quality}"
K=20
SYSTEMS="${SYSTEMS:-sujets mallet gensim sklearn}"
has() { [[ " $SYSTEMS " == *" $1 "* ]]; }
mkdir -p "$WORK"

mvn -B -q -f "$ROOT/pom.xml" -DskipTests package   # sujets.jar, test classes (BenchHelper), classpath, flags
CP="$ROOT/target/test-classes:$ROOT/target/sujets.jar:$(cat "$ROOT/target/spark-classpath.txt")"
read -r -a JVM < "$ROOT/target/launcher/jvm-flags.txt"
helper() { java -Xmx6g "${JVM[@]}" -cp "$CP" org.sujets.bench.BenchHelper "$@" 2>>"$WORK/helper.log"; }
now() { date +%s.%N; }
# Load average (1 min) when the row is written: wall times only compare at similar load.
row() { printf '| %-28s | %8.0f | %6s | %9s | %5s |\n' "$1" "$2" "$3" "$4" "$(cut -d' ' -f1 /proc/loadavg)"; }

[[ -s "$WORK/terms.tsv" ]] || helper export "$CORPUS" "$WORK/terms.tsv"
echo "articles exported: $(wc -l < "$WORK/terms.tsv")" >&2
RESULTS="$WORK/results.md"
printf '| system | wall s | NPMI | diversity | load |\n|---|---|---|---|---|\n' > "$RESULTS"

# --- Sujets, end to end from the raw corpus (its in-job coherence uses the same code)
if has sujets; then
t0=$(now)
"$ROOT/bin/sujets" run -i "$CORPUS" -k $K -o "$WORK/sujets" 2>"$WORK/sujets.log"
t1=$(now)
read -r npmi div < <(/usr/bin/python3 -c "import json,sys; d=json.load(open('$WORK/sujets/topics.json')); print(round(d['coherence'],4), round(d['diversity'],4))")
row "Sujets (Spark online LDA)" "$(echo "$t1 - $t0" | bc)" "$npmi" "$div" >> "$RESULTS"
fi

# --- MALLET 2.0.8, Gibbs, 1000 iterations, 2 threads
if has mallet; then
if [[ ! -d "$WORK/mallet-lib" ]]; then
  cat > "$WORK/mallet-pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>mallet-deps</artifactId><version>1</version>
<dependencies><dependency><groupId>cc.mallet</groupId><artifactId>mallet</artifactId><version>2.0.8</version></dependency></dependencies></project>
POM
  mvn -B -q -f "$WORK/mallet-pom.xml" dependency:copy-dependencies -DoutputDirectory="$WORK/mallet-lib"
fi
t0=$(now)
java -Xmx6g -cp "$WORK/mallet-lib/*" cc.mallet.classify.tui.Csv2Vectors --input "$WORK/terms.tsv" \
  --output "$WORK/mallet.corpus" --keep-sequence --token-regex '\S+' \
  --line-regex '^([^\t]*)\t(.*)$' --name 1 --label 0 --data 2 2>>"$WORK/mallet.log"
java -Xmx6g -cp "$WORK/mallet-lib/*" cc.mallet.topics.tui.TopicTrainer --input "$WORK/mallet.corpus" \
  --num-topics $K --num-iterations 1000 --num-threads 2 --optimize-interval 10 --random-seed 42 \
  --num-top-words 25 --output-topic-keys "$WORK/mallet-keys.txt" 2>>"$WORK/mallet.log"
t1=$(now)
cut -f3 "$WORK/mallet-keys.txt" > "$WORK/mallet-topics.txt"
read -r npmi div < <(helper score "$WORK/terms.tsv" "$WORK/mallet-topics.txt")
row "MALLET 2.0.8 (1000 Gibbs, 2 thr)" "$(echo "$t1 - $t0" | bc)" "$npmi" "$div" >> "$RESULTS"
fi

# --- gensim LdaMulticore and scikit-learn online LDA (Debian packages)
# Debian's interpreter: the Debian packages are installed for it, not for a python3 earlier on PATH.
PY=/usr/bin/python3
if has gensim || has sklearn; then
  $PY -c "import gensim, sklearn" 2>/dev/null || { apt-get update -qq && apt-get install -y -qq python3-gensim python3-sklearn >/dev/null; }
fi
for system in gensim sklearn; do
  has "$system" || continue
  t0=$(now)
  $PY "$HERE/peer_lda.py" "$system" "$WORK/terms.tsv" $K "$WORK/$system-topics.txt" 2>>"$WORK/$system.log"
  t1=$(now)
  read -r npmi div < <(helper score "$WORK/terms.tsv" "$WORK/$system-topics.txt")
  row "$system" "$(echo "$t1 - $t0" | bc)" "$npmi" "$div" >> "$RESULTS"
done
cat "$RESULTS"
