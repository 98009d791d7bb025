#!/usr/bin/env bash
# Near-duplicate detection on OrangeSum vs its duplicate_of_earlier flags.
# Usage: bench/quality/duplicates.sh [OUT_DIR] [extra run options, e.g. --dedup-threshold 0.7]
# Runs the job (1 LDA iteration: only the duplicates stage matters here), then scores duplicates.csv.
set -euo pipefail
HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# Env: SUJETS_ORANGESUM (the corpus; default ../shared/corpora/orangesum/orangesum.jsonl.gz from the repo root).
CORPUS="${SUJETS_ORANGESUM:-$HOME_DIR/../shared/corpora/orangesum/orangesum.jsonl.gz}"
OUT="${1:-/tmp/sujets-duplicates}"
shift || true
"$HOME_DIR/bin/sujets" run -i "$CORPUS" -o "$OUT" --iterations 1 "$@"
python3 "$HOME_DIR/bench/quality/duplicates.py" "$OUT" "$CORPUS"
