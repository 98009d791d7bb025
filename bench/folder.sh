#!/usr/bin/env bash
# Benchmark: the same corpus as one .jsonl.gz and as a folder of .txt files (one article per file,
# nested <section>/<yyyy-mm>/ folders, written by bench/folder.py), each run end to end with
# bin/sujets and the same options, one after the other. Prints each run's wall time and stage
# seconds, and the folder's ratio to the single file (issue 18's target: within 1.3×).
# usage: bench/folder.sh [LIMIT]   (default: the whole corpus; LIMIT = its first N articles)
# env:   SUJETS_ORANGESUM (the corpus), BENCH_ARGS (run options, default "-k 20 --seed 1"),
#        BENCH_DRIVER_MEMORY (4g). Work in bench/work/folder/ (git-ignored).
# Check `uptime` first: on a busy 2-core machine the figures measure the contention, not the code.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
CORPUS="${SUJETS_ORANGESUM:-$ROOT/../shared/corpora/orangesum/orangesum.jsonl.gz}"
LIMIT="${1:-0}"
WORK="$ROOT/bench/work/folder"
read -r -a ARGS <<< "${BENCH_ARGS:--k 20 --seed 1}"
PY=/usr/bin/python3; [[ -x "$PY" ]] || PY=python3
mkdir -p "$WORK"

mvn -B -q -DskipTests package >&2
single="$WORK/corpus-$LIMIT.jsonl.gz"
folder="$WORK/txt-$LIMIT"
if [[ ! -s "$single" ]]; then
  if [[ "$LIMIT" == 0 ]]; then cp "$CORPUS" "$single"; else zcat "$CORPUS" | head -n "$LIMIT" | gzip > "$single"; fi
fi
[[ -d "$folder" ]] || "$PY" bench/folder.py "$single" "$folder" >&2

run() { # $1 = name, $2 = input
  local res="$WORK/result-$LIMIT-$1"; rm -rf "$res"; mkdir -p "$res"
  uptime > "$res/load-before.txt"
  /usr/bin/time -f '%e' -o "$res/wall.txt" bin/sujets run --driver-memory "${BENCH_DRIVER_MEMORY:-4g}" \
    --input "$2" --output "$res/out" "${ARGS[@]}" > "$res/job.out" 2> "$res/job.err" \
    || { tail -20 "$res/job.err" >&2; echo "bench: the job failed on $2" >&2; exit 1; }
  uptime > "$res/load-after.txt"
}
echo "bench: one file..." >&2; run single "$single"
echo "bench: folder..." >&2; run folder "$folder"

"$PY" - "$WORK" "$LIMIT" <<'PYEOF'
import re, sys, pathlib
work, limit = pathlib.Path(sys.argv[1]), sys.argv[2]
rows = {}
for name in ("single", "folder"):
    res = work / f"result-{limit}-{name}"
    stages = dict(re.findall(r"\[sujets\] ([\w-]+)\s+([0-9.]+) s ", (res / "job.err").read_text()))
    load = lambda f: (res / f).read_text().split("load average:")[1].split(",")[0].strip()
    rows[name] = (float((res / "wall.txt").read_text().split()[-1]), stages, load("load-before.txt"), load("load-after.txt"))
names = sorted(set(rows["single"][1]) | set(rows["folder"][1]), key=lambda s: list(rows["single"][1]).index(s) if s in rows["single"][1] else 99)
print("| input | wall s | " + " | ".join(names) + " | load before/after |")
print("|---|---|" + "---|" * len(names) + "---|")
for name, (wall, stages, before, after) in rows.items():
    print(f"| {name} | {wall:.0f} | " + " | ".join(stages.get(s, "") for s in names) + f" | {before} / {after} |")
print(f"\nfolder / single, end to end: {rows['folder'][0] / rows['single'][0]:.2f}x")
PYEOF
