#!/usr/bin/env bash
# Behaviour guard for refactors: runs the job on the bundled sample and on a 5,000-article OrangeSum
# slice twice, once as built from BASE (a commit, default HEAD) and once from the working tree, and
# checks that the files a refactor must not move are byte-identical:
# topics.json, keywords.json, articles.csv, phrases.json, duplicates.csv.
#
#   bench/guard.sh [BASE]            e.g. bench/guard.sh main~3
#
# BASE's outputs are kept in bench/work/guard/<commit>/ and reused; BASE is built in a detached git
# worktree there. Same master (local[2]) for both sides, so the partition count is the same.
# Corpus: SUJETS_ORANGESUM (default ../shared/corpora/orangesum/orangesum.jsonl.gz).
# Exit 0 when every file matches, 1 when one differs (cmp's first difference is printed).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

BASE="$(git rev-parse --verify "${1:-HEAD}^{commit}")"
CORPUS="${SUJETS_ORANGESUM:-$ROOT/../shared/corpora/orangesum/orangesum.jsonl.gz}"
ARTICLES=5000
FILES=(topics.json keywords.json articles.csv phrases.json duplicates.csv)
WORK="$ROOT/bench/work/guard"
[[ -f "$CORPUS" ]] || { echo "guard: OrangeSum not found at $CORPUS; set SUJETS_ORANGESUM" >&2; exit 1; }
mkdir -p "$WORK"

slice="$WORK/orangesum-$ARTICLES.jsonl"
if [[ ! -s "$slice" ]]; then
  { zcat "$CORPUS" || true; } | head -n "$ARTICLES" > "$slice.tmp"
  mv "$slice.tmp" "$slice"
fi

# run TREE OUT: the sample and the slice, with the launcher of source tree TREE.
run() {
  local tree="$1" out="$2"
  rm -rf "$out.tmp"
  mkdir -p "$out.tmp"
  (cd "$tree" && bin/sujets run --master 'local[2]' --output "$out.tmp/sample" >"$out.tmp/sample.log" 2>&1) \
    || { echo "guard: the sample run from $tree failed; see $out.tmp/sample.log" >&2; exit 1; }
  (cd "$tree" && bin/sujets run --master 'local[2]' --input "$slice" --output "$out.tmp/slice" \
      >"$out.tmp/slice.log" 2>&1) \
    || { echo "guard: the slice run from $tree failed; see $out.tmp/slice.log" >&2; exit 1; }
  rm -rf "$out"
  mv "$out.tmp" "$out"
}

base_out="$WORK/$BASE"
if [[ ! -d "$base_out" ]]; then
  tree="$WORK/src-$BASE"
  [[ -d "$tree" ]] || git worktree add --detach "$tree" "$BASE" >/dev/null
  echo "guard: running BASE $(git log -1 --format='%h %s' "$BASE")"
  run "$tree" "$base_out"
  git worktree remove --force "$tree"
fi

echo "guard: running the working tree"
run "$ROOT" "$WORK/current"

status=0
for corpus in sample slice; do
  for f in "${FILES[@]}"; do
    if cmp "$base_out/$corpus/$f" "$WORK/current/$corpus/$f"; then
      echo "same      $corpus/$f"
    else
      echo "DIFFERENT $corpus/$f"
      status=1
    fi
  done
done
exit "$status"
