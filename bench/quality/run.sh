#!/usr/bin/env bash
# Peer benchmark on OrangeSum, k = 20 (never in CI; heavy: run alone on an idle machine).
# Every system reads the raw corpus itself and is timed end to end (reading and tokenising
# included); then every system's topics are scored by the same code over the raw articles
# (title and text, NFC lowercase runs of letters and digits), top 10 shown words each:
#   NPMI exact       BenchHelper peers (RawNpmi): document co-occurrence, a phrase counted where all
#                    its words are, -1 for a pair never seen together, mean over topics
#   NPMI inflections the same with every word matched by its Snowball French stem on both sides,
#                    pairs of one stem left out
#   c_v              gensim's CoherenceModel(coherence='c_v') over the same tokens, a shown phrase
#                    being a joined token (emmanuel_macron) added after each place its words
#                    follow one another
#   section NMI      each article's dominant topic against its section, aligned by id, over the
#                    articles the system assigned
# Usage: bench/quality/run.sh [WORK]   (default /tmp/sujets-bench-quality)
# Env: SUJETS_ORANGESUM  the corpus (default ../shared/corpora/orangesum/orangesum.jsonl.gz from the repo root)
#      SYSTEMS           rows to run (default "sujets sujets-probable sujets-nophrases gensim mallet");
#                        sujets scores the words Sujets shows (topics.json's words, ranked by LDAvis
#                        relevance at λ 0.6); sujets-probable scores the same run's probableWords
#                        (ranked by probability alone, as gensim and MALLET list theirs)
#      LIMIT=N           every system on the corpus' first N articles only (a quick check)
#      MALLET_SWEEPS     MALLET's Gibbs sweeps (default 1000)
# Needs: Maven Central (MALLET 2.0.8, fetched once into WORK), Debian python3-gensim (installed if missing).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CORPUS="${SUJETS_ORANGESUM:-$ROOT/../shared/corpora/orangesum/orangesum.jsonl.gz}"
[[ -f "$CORPUS" ]] || { echo "bench: OrangeSum not found at $CORPUS; set SUJETS_ORANGESUM" >&2; exit 1; }
WORK="${1:-/tmp/sujets-bench-quality}"
K=20
SYSTEMS="${SYSTEMS:-sujets sujets-probable sujets-nophrases gensim mallet}"
LIMIT="${LIMIT:-}"
MALLET_SWEEPS="${MALLET_SWEEPS:-1000}"
has() { [[ " $SYSTEMS " == *" $1 "* ]]; }
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"   # absolute: Maven resolves MALLET's output folder against its own pom
# Debian's interpreter: the Debian packages are installed for it, not for a python3 earlier on PATH.
PY=/usr/bin/python3
PEERS="$HERE/peers.py"
$PY -c "import gensim" 2>/dev/null || { apt-get update -qq && apt-get install -y -qq python3-gensim >/dev/null; }

mvn -B -q -f "$ROOT/pom.xml" -DskipTests package   # sujets.jar, test classes (BenchHelper), classpath, flags
CP="$ROOT/target/test-classes:$ROOT/target/sujets.jar:$(cat "$ROOT/target/spark-classpath.txt")"
read -r -a JVM < "$ROOT/target/launcher/jvm-flags.txt"
# Outside the timings: the first run after a build writes the launcher's class archive (seconds
# that a user pays once per build, not per run), so each timed Sujets row is a run after the first.
"$ROOT/bin/sujets" run --output "$WORK/warm-up" --overwrite >"$WORK/warm-up.log" 2>&1
helper() { java -Xmx2g "${JVM[@]}" -cp "$CP" org.sujets.bench.BenchHelper "$@" 2>>"$WORK/helper.log"; }
now() { date +%s.%N; }

INPUT="$CORPUS"
if [[ -n "$LIMIT" ]]; then
  INPUT="$WORK/corpus-$LIMIT.jsonl.gz"
  [[ -s "$INPUT" ]] || (set +o pipefail; zcat -f "$CORPUS" | head -n "$LIMIT" | gzip -1 > "$INPUT")
fi
echo "bench: $(zcat -f "$INPUT" | wc -l) articles from $INPUT; systems: $SYSTEMS" >&2
helper stopwords "$WORK/stopwords.txt"   # Sujets' own stop words, given to gensim and MALLET

# One line per system run: name, label, wall seconds, 1-min load average when it finished.
RUNS="$WORK/runs.tsv"
: > "$RUNS"
timed() {
  local name=$1 label=$2 t0 t1
  shift 2
  echo "bench: $label ..." >&2
  t0=$(now)
  "$@"
  t1=$(now)
  printf '%s\t%s\t%.1f\t%s\n' "$name" "$label" "$(echo "$t1 - $t0" | bc)" "$(cut -d' ' -f1 /proc/loadavg)" >> "$RUNS"
}

# --- Sujets end to end, with its defaults and without phrases
sujets_run() { rm -rf "$WORK/$1-run"; "$ROOT/bin/sujets" run -i "$INPUT" -k $K --seed 1 -o "$WORK/$1-run" "${@:2}" 2>"$WORK/$1.log"; }
if has sujets; then
  timed sujets "Sujets defaults (phrases on)" sujets_run sujets
  $PY "$PEERS" sujets "$WORK/sujets-run" "$WORK/sujets"
  if has sujets-probable; then   # the same run, not run again: its row repeats the run's wall time
    $PY "$PEERS" sujets "$WORK/sujets-run" "$WORK/sujets-probable" probableWords
    tail -n 1 "$RUNS" | sed 's/^sujets\tSujets defaults (phrases on)/sujets-probable\tSujets defaults, probableWords (by probability)/' >> "$RUNS"
  fi
fi
if has sujets-nophrases; then
  timed sujets-nophrases "Sujets --phrases false" sujets_run sujets-nophrases --phrases false
  $PY "$PEERS" sujets "$WORK/sujets-nophrases-run" "$WORK/sujets-nophrases"
fi

# --- gensim LdaMulticore, 5 passes, 2 workers: its own reading, tokenising, dictionary, training
if has gensim; then
  timed gensim "gensim LdaMulticore (5 passes, 2 workers)" \
    $PY "$PEERS" gensim "$INPUT" "$WORK/stopwords.txt" $K "$WORK/gensim" 2>"$WORK/gensim.log"
fi

# --- MALLET 2.0.8, Gibbs, 2 threads, α optimised every 10 sweeps, on gensim's tokens (real words)
if has mallet; then
  if [[ ! -d "$WORK/mallet-lib" ]]; then
    cat > "$WORK/mallet-pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>mallet-deps</artifactId><version>1</version>
<dependencies><dependency><groupId>cc.mallet</groupId><artifactId>mallet</artifactId><version>2.0.8</version></dependency></dependencies></project>
POM
    mvn -B -q -f "$WORK/mallet-pom.xml" dependency:copy-dependencies -DoutputDirectory="$WORK/mallet-lib"
  fi
  mallet_run() {
    $PY "$PEERS" tokens "$INPUT" "$WORK/stopwords.txt" "$WORK/mallet-tokens.tsv"
    java -Xmx4g -cp "$WORK/mallet-lib/*" cc.mallet.classify.tui.Csv2Vectors --input "$WORK/mallet-tokens.tsv" \
      --output "$WORK/mallet.corpus" --keep-sequence --token-regex '\S+' \
      --line-regex '^([^\t]*)\t([^\t]*)\t(.*)$' --name 1 --label 2 --data 3
    java -Xmx4g -cp "$WORK/mallet-lib/*" cc.mallet.topics.tui.TopicTrainer --input "$WORK/mallet.corpus" \
      --num-topics $K --num-iterations "$MALLET_SWEEPS" --num-threads 2 --optimize-interval 10 --random-seed 1 \
      --num-top-words 10 --output-topic-keys "$WORK/mallet-keys.txt" --output-doc-topics "$WORK/mallet-doc-topics.txt"
  }
  timed mallet "MALLET 2.0.8 ($MALLET_SWEEPS Gibbs sweeps, 2 threads)" mallet_run 2>"$WORK/mallet.log"
  $PY "$PEERS" mallet "$WORK/mallet-keys.txt" "$WORK/mallet-doc-topics.txt" "$WORK/mallet"
fi

# --- the scores, every system by the same code
mapfile -t NAMES < <(cut -f1 "$RUNS")
[[ ${#NAMES[@]} -gt 0 ]] || { echo "bench: no system run (SYSTEMS=$SYSTEMS)" >&2; exit 1; }
DIRS=()
for name in "${NAMES[@]}"; do DIRS+=("$name=$WORK/$name"); done
echo "bench: scoring ..." >&2
helper peers "$INPUT" "${DIRS[@]}" > "$WORK/npmi.tsv"
$PY "$PEERS" cv "$INPUT" "${DIRS[@]}" > "$WORK/cv.tsv" 2>>"$WORK/cv.log"
RESULTS="$WORK/results.md"
$PY - "$RUNS" "$WORK/npmi.tsv" "$WORK/cv.tsv" > "$RESULTS" <<'PY'
import sys
runs = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
npmi = {l.split("\t")[0]: l.rstrip("\n").split("\t")[1:] for l in open(sys.argv[2], encoding="utf-8")}
cv = {l.split("\t")[0]: l.rstrip("\n").split("\t")[1] for l in open(sys.argv[3], encoding="utf-8")}
print("| system | wall s | NPMI exact | NPMI inflections | c_v | section NMI | articles assigned | load |")
print("|---|---|---|---|---|---|---|---|")
for name, label, wall, load in runs:
    exact, stems, nmi, assigned, in_corpus = npmi[name]
    if assigned != in_corpus:
        print(f"bench: {name}: {int(assigned) - int(in_corpus)} assigned ids not in the corpus", file=sys.stderr)
    print(f"| {label} | {float(wall):.0f} | {exact} | {stems} | {cv[name]} | {nmi} | {assigned} | {load} |")
PY
cat "$RESULTS"
