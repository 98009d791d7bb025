#!/usr/bin/env bash
# Topic recovery on synthetic corpora with known topics (never in CI; heavy).
# For each size N: synthetic.py writes N articles from k = 20 known topics over real French words
# (seed 42), `bin/sujets run -k 20` models them, recovery.py scores the found topics against the
# truth: Hungarian-matched mean overlap of the top 10 words. Also prints NPMI, the NMI of found vs
# true dominant topic (run.json's sectionNmi: the synthetic section is the true dominant topic),
# phrases learned (random word sequences should give none) and wall time (noisy on a shared machine).
# Usage: bench/quality/recovery.sh [WORK] [SIZES]     (defaults: /tmp/sujets-bench-recovery, "20000 100000")
# Extra Sujets flags: SUJETS_ARGS="--iterations 100" bench/quality/recovery.sh ...
# Extra generator flags: SYNTH_ARGS="--phi dirichlet" (the corpus is then cached under another name).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="${1:-/tmp/sujets-bench-recovery}"
SIZES="${2:-20000 100000}"
K=20
mkdir -p "$WORK"

# Run from a copy of the jar so that a build in the worktree meanwhile does not disturb the runs.
if [[ -z "${SKIP_BUILD:-}" ]]; then
  mvn -B -q -f "$ROOT/pom.xml" -DskipTests package
fi
HOME_COPY="$WORK/sujets-home"
rm -rf "$HOME_COPY" && mkdir -p "$HOME_COPY/bin" "$HOME_COPY/target/launcher" "$HOME_COPY/src/main"
cp "$ROOT/bin/sujets" "$HOME_COPY/bin/" && cp "$ROOT/pom.xml" "$HOME_COPY/"
cp "$ROOT/target/sujets.jar" "$ROOT/target/spark-classpath.txt" "$HOME_COPY/target/"
cp "$ROOT/target/launcher/jvm-flags.txt" "$HOME_COPY/target/launcher/"
touch "$HOME_COPY/target/sujets.jar"

tag=$(echo "${SYNTH_ARGS:-}" | tr -c 'a-zA-Z0-9.\n' '_')
runtag=$(echo "${SUJETS_ARGS:-}" | tr -c 'a-zA-Z0-9.\n' '_')
RESULTS="$WORK/results.md"
[[ -s "$RESULTS" ]] || printf '| articles | generator | sujets flags | wall s | recovery | perfect/20 | NPMI | dominant NMI | phrases |\n|---|---|---|---|---|---|---|---|---|\n' > "$RESULTS"
for n in $SIZES; do
  corpus="$WORK/synthetic-$n$tag.jsonl"
  if [[ ! -s "$corpus" ]]; then
    # shellcheck disable=SC2086
    python3 "$HERE/synthetic.py" "$n" "$corpus" --truth "$corpus.truth.json" --topics $K --seed 42 ${SYNTH_ARGS:-}
  fi
  out="$WORK/run-$n$tag$runtag"
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  "$HOME_COPY/bin/sujets" run -i "$corpus" -k $K -o "$out" --overwrite ${SUJETS_ARGS:-} 2>"$out.log"
  t1=$(date +%s.%N)
  score=$(python3 "$HERE/recovery.py" "$corpus.truth.json" "$out")
  echo "$n: $score" >&2
  python3 - "$n" "${SYNTH_ARGS:-defaults}" "${SUJETS_ARGS:-defaults}" "$(echo "$t1 - $t0" | bc)" "$score" >> "$RESULTS" <<'PY'
import json, sys
n, gen, flags, wall, score = sys.argv[1:]
s = json.loads(score)
print(f"| {n} | {gen} | {flags} | {float(wall):.0f} | {s['recovery']:.3f} | {s['perfectTopics']} | "
      f"{s['npmi']:.4f} | {s['dominantTopicNmi']} | {s['phrasesLearned']} |")
PY
done
cat "$RESULTS"
