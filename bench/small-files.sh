#!/usr/bin/env bash
# Benchmark: reading a folder of many small .txt files (issue 18: a million of them). Generates N
# articles of 200–300 words (bench/generate.py: about 1.7 KB of text each) and writes them one per
# file, 1,000 per folder (<section>/<nnnnn>/b<i>.txt, bench/folder.py --per-folder 1000), once:
# later runs reuse them. Then measures the job's reading stage alone on that folder, in one JVM
# started as bin/sujets starts it (ReadingStageProbe, src/test/java/org/sujets/job/): the rest of
# the job does not depend on how the articles were stored, and a whole run on a million articles
# takes about 40 minutes.
# Prints: the files (count, folders, MB); the driver's plain walk of the folder (s, files/s);
# the listing (everything before the first task: resolving the input, the listing for empty files,
# Spark's file index, planning the scan: s, files/s); the reading stage as run.json's "reading"
# (s, files/s, Spark jobs and tasks, read tasks); the partitions it leaves (count; articles and MB
# per partition, min / median / max); the driver's peak RSS; the load average before and after.
# usage: bench/small-files.sh [N]   (default 1000000)
# env:   SUJETS_ORANGESUM (the corpus the generator stitches from), BENCH_DRIVER_MEMORY (4g: the
#        driver holds Spark's file index, one status per file, about 1 KB each with the scan's
#        plan), BENCH_MASTER (local[*], as bin/sujets). Work in bench/work/small-files/N/
#        (git-ignored): N files take about 4 KB of disk and one inode each.
# Never in CI. Check `uptime` first: on a busy 2-core machine the figures measure the contention.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
N="${1:-1000000}"
CORPUS="${SUJETS_ORANGESUM:-$ROOT/../shared/corpora/orangesum/orangesum.jsonl.gz}"
WORK="$ROOT/bench/work/small-files/$N"
PY=/usr/bin/python3; [[ -x "$PY" ]] || PY=python3
mkdir -p "$WORK"

if [[ ! -f "$WORK/txt.done" ]]; then
  # 4 KB blocks: a 1.7 KB file takes one; the JSON Lines shards take about 0.6 KB per article.
  need_kb=$((N * 5 + 1048576)); need_inodes=$((N + N / 1000 + 1000))
  read -r avail_kb avail_inodes < <(df -k --output=avail,iavail "$WORK" | tail -1)
  if ((avail_kb < need_kb || avail_inodes < need_inodes)); then
    echo "bench: $N files need about $((need_kb / 1024)) MB and $need_inodes inodes in $WORK;" \
      "$((avail_kb / 1024)) MB and $avail_inodes inodes are free" >&2
    exit 1
  fi
  rm -rf "$WORK/jsonl" "$WORK/txt"
  echo "bench: generating $N articles, then one .txt file each..." >&2
  start=$(date +%s)
  "$PY" bench/generate.py "$CORPUS" "$N" "$WORK/jsonl" >&2
  "$PY" bench/folder.py "$WORK"/jsonl/part-*.jsonl.gz "$WORK/txt" --per-folder 1000 > "$WORK/folder.json"
  rm -rf "$WORK/jsonl"
  echo "bench: generated in $(($(date +%s) - start)) s" >&2
  touch "$WORK/txt.done"
fi

mvn -B -q -DskipTests package >&2   # sujets.jar, the test classes (the probe), classpath, flags
read -r -a FLAGS < target/launcher/jvm-flags.txt
CP="$ROOT/target/test-classes:$ROOT/target/sujets.jar:$(cat target/spark-classpath.txt)"
res="$WORK/result"; rm -rf "$res"; mkdir -p "$res"
cut -d' ' -f1-3 /proc/loadavg > "$res/load-before.txt"
echo "bench: reading $WORK/txt (load: $(cat "$res/load-before.txt"))..." >&2
# As bin/sujets starts the job (its Spark defaults, the parallel collector), without its class archive.
SPARK_LOCAL_IP=127.0.0.1 /usr/bin/time -v -o "$res/time.txt" java -Xmx"${BENCH_DRIVER_MEMORY:-4g}" \
  -XX:+UseParallelGC -XX:MetaspaceSize=256m "${FLAGS[@]}" -Dspark.ui.enabled=false \
  -Dspark.hadoop.fs.file.impl=org.sujets.storage.JavaChmodLocalFileSystem \
  -Dspark.master="${BENCH_MASTER:-local[*]}" -cp "$CP" org.sujets.job.ReadingStageProbe "$WORK/txt" \
  > "$res/probe.json" 2> "$res/probe.err" || { tail -20 "$res/probe.err" >&2; echo "bench: the probe failed" >&2; exit 1; }
cut -d' ' -f1-3 /proc/loadavg > "$res/load-after.txt"

"$PY" - "$WORK" <<'PYEOF'
import json, pathlib, re, sys
work = pathlib.Path(sys.argv[1]); res = work / "result"
p = json.loads((res / "probe.json").read_text().strip().splitlines()[-1])
written = json.loads((work / "folder.json").read_text())
folders, mb = written["folders"], written["bytes"] / 1e6
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", (res / "time.txt").read_text()).group(1)) / 1024
n = p["files"]
rate = lambda s: f"{n / s:,.0f} files/s" if s > 0 else "-"
print(f"files: {n:,} in {folders:,} folders, {mb:,.1f} MB ({mb * 1e6 / n:,.0f} bytes per file); "
      f"{p['records']:,} articles, {p['empty']} empty")
print(f"walk (plain Hadoop listing on the driver): {p['walkSeconds']:.1f} s, {rate(p['walkSeconds'])}")
print(f"listing (resolving, empty-file listing, Spark's file index, scan planning): "
      f"{p['listingSeconds']:.1f} s, {rate(p['listingSeconds'])}; {p['scanTasks']:,} read tasks; "
      f"driver heap held {p['listingHeapMb']:,} MB ({p['listingHeapMb'] * 2**20 / n:,.0f} bytes per file)")
print(f"reading stage (run.json's \"reading\", listing included): {p['readingSeconds']:.1f} s, "
      f"{rate(p['readingSeconds'])}; {p['jobs']} Spark jobs, {p['tasks']:,} tasks")
a, b = p["articles"], p["bytes"]
print(f"partitions after: {p['partitions']} ({p['nonEmptyPartitions']} non-empty); articles per partition "
      f"{a['min']:,} / {a['median']:,} / {a['max']:,}, MB of text {b['min'] / 1e6:.1f} / {b['median'] / 1e6:.1f} / "
      f"{b['max'] / 1e6:.1f} (min / median / max)")
print(f"driver: peak RSS {rss:,.0f} MB, heap after a GC {p['driverHeapMbAfter']:,} MB of {p['driverHeapMbMax']:,} MB")
print(f"load: {(res / 'load-before.txt').read_text().strip()} -> {(res / 'load-after.txt').read_text().strip()}")
for line in (res / "probe.err").read_text().splitlines():
    if line.startswith("probe: "):
        print("  " + line[len("probe: "):])
PYEOF
