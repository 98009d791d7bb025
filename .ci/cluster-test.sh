#!/usr/bin/env bash
# Real-cluster test: a Spark standalone Master and two Workers (1 core, 1 GiB each) on 127.0.0.1,
# assembled from the Maven Central jars `mvn package` resolved (no Spark distribution). The input is
# 1,500 OrangeSum articles plus 30 of them again under new ids (wire copies), so that the
# near-duplicate stage finds clusters and runs its connected components and their checkpoints.
#   1. a normal run of target/sujets.jar through SparkSubmit, checking the outputs are complete and
#      valid, that tasks ran on both executors and that near-duplicate clusters were found;
#   2. the same run again, undisturbed: topics.json, keywords.json, articles.csv and duplicates.csv
#      must be byte-identical to run 1's (SUJETS_CLUSTER_RUNS=fault skips this run);
#   3. a fault run with one kill per stage: when the driver logs that a stage starts (reading,
#      boilerplate, analysis, phrases, duplicates, vocabulary, TF-IDF, LDA, writing), the worker
#      whose executor is busiest (running tasks of the stage if that comes within a few seconds,
#      else cached blocks, per the driver's REST API) is killed with its executor (kill -9), and a
#      new worker is started so that the application gets a new executor. Each kill must land before the stage's end line; the job must exit 0, run.json
#      must record the lost executors, and the four files must be byte-identical to run 1's.
# Everything it starts is stopped by PID on exit, also on failure. Waits are bounded.
# Logs: target/cluster/ (master.log, worker<i>.log, work<i>/<app>/<executor>/stderr, run<j>.err).
# Needs: target/sujets.jar and target/spark-classpath.txt (mvn package), java 17, python3, and the
# OrangeSum corpus (SUJETS_ORANGESUM, default ../shared/corpora/orangesum/orangesum.jsonl.gz).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
T="$ROOT/target/cluster"
ARTICLES="${SUJETS_CLUSTER_ARTICLES:-1500}"
COPIES=30            # wire copies added to the input under new ids
ITERATIONS="${SUJETS_CLUSTER_ITERATIONS:-20}"
STAGES=(reading boilerplate analysis phrases duplicates vocabulary TF-IDF LDA writing)
CORPUS="${SUJETS_ORANGESUM:-$ROOT/../shared/corpora/orangesum/orangesum.jsonl.gz}"
PY=/usr/bin/python3; [[ -x "$PY" ]] || PY=python3

fail() { echo "cluster-test: FAIL: $*" >&2; exit 1; }
log() { echo "cluster-test: $*" >&2; }

[[ -f target/sujets.jar && -f target/spark-classpath.txt ]] || fail "run mvn package first (target/sujets.jar, target/spark-classpath.txt)"
[[ -f "$CORPUS" ]] || fail "OrangeSum not found at $CORPUS; set SUJETS_ORANGESUM to orangesum.jsonl.gz"

# --- processes we start, stopped by PID whatever happens
PIDS=()
stop_all() {
  local rc=$? pid kids=()
  for pid in "${PIDS[@]}"; do   # executors are children of the workers: stop them too
    kids+=($(ps -o pid= --ppid "$pid" 2>/dev/null || true))
  done
  for pid in "${kids[@]}" "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for _ in $(seq 40); do
    local alive=0
    for pid in "${kids[@]}" "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [[ $alive == 0 ]] && break
    sleep 0.25
  done
  for pid in "${kids[@]}" "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  [[ $rc == 0 ]] || log "logs kept in $T"
  exit $rc
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# --- a SPARK_HOME of symlinks to the jars in ~/.m2 (zero copy)
rm -rf "$T"
mkdir -p "$T/spark-home/jars" "$T/spark-home/conf"
export SPARK_HOME="$T/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
export SPARK_DAEMON_MEMORY=512m SPARK_CONF_DIR="$SPARK_HOME/conf"
{ tr ':' '\n' < target/spark-classpath.txt; echo; } | while read -r jar; do if [[ -n "$jar" ]]; then ln -s "$jar" "$SPARK_HOME/jars/"; fi; done   # the file has no final newline
cp .ci/cluster-log4j2.properties "$SPARK_HOME/conf/log4j2.properties"
cat >> "$SPARK_HOME/conf/log4j2.properties" <<'EOF'
# "stage <name> started": the trigger of the fault run's kills (Sujets sets the root level to WARN).
logger.stages.name = org.sujets.job.StageClock
logger.stages.level = info
EOF
SPARK_CLASS="$ROOT/.ci/spark-class"

# Free TCP ports (another build on this machine may run the same test).
free_port() {
  "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
PORT=7077
"$PY" -c 'import socket,sys; s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1", 7077))' 2>/dev/null || PORT=$(free_port)
UI_PORT=$(free_port)
DRIVER_UI_PORT=$(free_port)   # the driver's REST API tells which executor to kill
MASTER="spark://127.0.0.1:$PORT"

# The jar submitted: a copy, so that a rebuild while the test runs cannot change it under the driver.
cp target/sujets.jar "$T/sujets.jar"

# --- input: the first $ARTICLES OrangeSum articles, then $COPIES of them again under new ids and
# another source, as a wire copy republished by another outlet would be
INPUT="$T/orangesum-$ARTICLES.jsonl"
{ zcat "$CORPUS" || true; } | head -n "$ARTICLES" > "$T/slice.jsonl"
[[ $(wc -l < "$T/slice.jsonl") == "$ARTICLES" ]] || fail "could not take $ARTICLES articles from $CORPUS"
"$PY" - "$T/slice.jsonl" "$COPIES" > "$INPUT" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
copies = int(sys.argv[2])
step = len(lines) // copies
out = list(lines)
for i in range(copies):
    a = json.loads(lines[i * step + step // 2])
    a["id"] = a["id"] + "-reprise"
    a["source"] = "Reprise"
    a["url"] = None
    out.append(json.dumps(a, ensure_ascii=False))
print("\n".join(out))
PY
RECORDS=$((ARTICLES + COPIES))
[[ $(wc -l < "$INPUT") == "$RECORDS" ]] || fail "could not write the input with $COPIES copies"

# --- cluster: workers are numbered from 1; replacements get the next numbers
started=$SECONDS
"$SPARK_CLASS" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$PORT" \
  --webui-port "$UI_PORT" > "$T/master.log" 2>&1 &
MASTER_PID=$!; PIDS+=("$MASTER_PID")
declare -A WORKER_PID=()
WORKERS=0
start_worker() {
  WORKERS=$((WORKERS + 1))
  "$SPARK_CLASS" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory 1g \
    --webui-port 0 --work-dir "$T/work$WORKERS" "$MASTER" > "$T/worker$WORKERS.log" 2>&1 &
  WORKER_PID[$WORKERS]=$!; PIDS+=($!)
  disown $!   # killed on purpose below: no "Killed" job notice from bash
}
start_worker; start_worker
alive=0; deadline=$((SECONDS + 180))
while (( SECONDS < deadline )); do
  alive=$(curl -s "http://127.0.0.1:$UI_PORT/json/" | "$PY" -c 'import json,sys; print(json.load(sys.stdin).get("aliveworkers", 0))' 2>/dev/null || echo 0)
  [[ "$alive" == 2 ]] && break
  for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null || fail "a Spark daemon died at start-up (see $T/*.log)"; done
  sleep 0.5
done
[[ "$alive" == 2 ]] || fail "the 2 workers did not register with the master within 180 s (see $T/*.log)"
log "master $MASTER and 2 workers alive after $((SECONDS - started)) s"

# submit OUTPUT ERRFILE [extra job options]: runs SparkSubmit in the foreground of the caller's
# choosing (callers add & for the fault run); the driver JVM is the PID of this process. Every run
# has the same settings (seed included: the default), so that their outputs can be compared.
submit() {
  local out=$1 err=$2; shift 2
  exec "$SPARK_CLASS" org.apache.spark.deploy.SparkSubmit --master "$MASTER" \
    --driver-memory 1g --executor-memory 768m \
    --conf spark.driver.extraJavaOptions=-Djava.awt.headless=true \
    --conf spark.ui.port="$DRIVER_UI_PORT" \
    --class org.sujets.cli.Main "$T/sujets.jar" \
    run --input "$INPUT" --output "$out" --iterations "$ITERATIONS" "$@" > "$err.out" 2> "$err"
}

# check OUTPUT: complete, valid outputs for $RECORDS articles with near-duplicate clusters; prints
# the executor summary.
check() {
  "$PY" - "$1" "$RECORDS" <<'PY' || fail "outputs in $1 are incomplete or invalid"
import csv, json, os, sys
out, n = sys.argv[1], int(sys.argv[2])
for f in ("topics.json", "keywords.json", "articles.csv", "duplicates.csv", "run.json", "report.html", "report.ipynb"):
    assert os.path.getsize(os.path.join(out, f)) > 0, f + " missing or empty"
run = json.load(open(os.path.join(out, "run.json")))
topics = json.load(open(os.path.join(out, "topics.json")))
keywords = json.load(open(os.path.join(out, "keywords.json")))
json.load(open(os.path.join(out, "report.ipynb")))
c = run["counts"]
assert c["recordsRead"] == n, f"run.json counts.recordsRead {c['recordsRead']} != {n}"
assert c["articles"] == n, f"run.json counts.articles {c['articles']} != {n}"
assert c["vocabularySize"] > 100 and c["tokens"] > 100 * n, f"implausible counts {c}"
d = run["parameters"]["duplicates"]
assert d["clusters"] > 0 and d["leftOutOfFit"] > 0, f"no near-duplicate cluster found: {d}"
k = run["parameters"]["topics"]
assert len(topics["topics"]) == k and all(len(t["words"]) > 0 for t in topics["topics"]), "topics.json incomplete"
assert len(topics["distances"]) == k, "topics.json distances incomplete"
assert len(keywords["corpus"]) > 0, "keywords.json empty"
with open(os.path.join(out, "articles.csv"), newline="", encoding="utf-8") as fh:
    rows = list(csv.DictReader(fh))
assert len(rows) == n, f"articles.csv has {len(rows)} rows, expected {n}"
assert len({r["id"] for r in rows}) == n, "articles.csv ids are not unique"
for r in rows:
    if r["dominant_topic"]:
        assert 1 <= int(r["dominant_topic"]) <= k
        s = sum(float(r[f"topic_{i}"]) for i in range(1, k + 1))
        assert abs(s - 1) < 0.01, f"shares of {r['id']} sum to {s}"
assert run["parameters"]["sparkMaster"].startswith("spark://"), run["parameters"]["sparkMaster"]
print(json.dumps({"duplicates": {x: d[x] for x in ("clusters", "articlesInClusters", "leftOutOfFit")},
                  "executors": run["executors"]}))
PY
}

# same REFERENCE OUTPUT: the compared files are byte-identical, or the first difference is shown.
COMPARED=(topics.json keywords.json articles.csv duplicates.csv)
same() {
  local f bad=()
  for f in "${COMPARED[@]}"; do
    cmp -s "$1/$f" "$2/$f" || { bad+=("$f"); diff <(tr ',' '\n' < "$1/$f") <(tr ',' '\n' < "$2/$f") | head -6 >&2 || true; }
  done
  [[ ${#bad[@]} == 0 ]] || fail "$2 differs from $1 in: ${bad[*]}"
}

RUNS="${SUJETS_CLUSTER_RUNS:-all}"   # all, or fault (the reference run and the fault run only)

# --- 1. normal run: the reference
started=$SECONDS
rc=0; ( submit "$T/out-normal" "$T/run1.err" ) || rc=$?
[[ $rc == 0 ]] || { tail -30 "$T/run1.err" >&2; fail "the cluster run exited with $rc"; }
usage=$(check "$T/out-normal")
log "normal run: exit 0 in $((SECONDS - started)) s; $usage"
"$PY" - "$usage" <<'PY' || fail "tasks did not run on both workers' executors: $usage"
import json, sys
u = json.loads(sys.argv[1])["executors"]
ran = {e: n for e, n in u["tasksByExecutor"].items() if e != "driver" and n > 0}
assert len(ran) >= 2, ran
assert "driver" not in u["tasksByExecutor"], "tasks ran in the driver"
PY

# --- 2. the same run again, undisturbed: recomputation aside, a run must reproduce itself
if [[ "$RUNS" != fault ]]; then
  started=$SECONDS
  rc=0; ( submit "$T/out-again" "$T/run2.err" ) || rc=$?
  [[ $rc == 0 ]] || { tail -30 "$T/run2.err" >&2; fail "the second cluster run exited with $rc"; }
  check "$T/out-again" > /dev/null
  same "$T/out-normal" "$T/out-again"
  log "second undisturbed run: exit 0 in $((SECONDS - started)) s; ${COMPARED[*]} byte-identical to run 1's"
fi

# --- 3. fault run: a worker and its executor killed during each stage
cat > "$T/victim.py" <<'PY'
# victim.py DRIVER_UI_PORT CLUSTER_DIR WORKER...: the alive worker whose executor of the running
# application is busiest (running tasks, then cached blocks, then cached bytes), printed as
# "worker executorId activeTasks rddBlocks"; exit 1 when no alive worker has a registered executor.
import json, os, sys, urllib.request
port, root, alive = sys.argv[1], sys.argv[2], sys.argv[3:]
get = lambda path: json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/{path}", timeout=5))
try:
    app = get("applications")[0]["id"]
    executors = get(f"applications/{app}/executors")
except Exception:
    sys.exit(1)
found = []
for e in executors:
    if e["id"] == "driver" or not e.get("isActive", True):
        continue
    for w in alive:
        if os.path.isdir(os.path.join(root, f"work{w}", app, e["id"])):
            found.append((e["activeTasks"], e["rddBlocks"], e["memoryUsed"] + e["diskUsed"], w, e["id"]))
if not found:
    sys.exit(1)
busiest = max(found)
print(busiest[3], busiest[4], busiest[0], max(0, busiest[1]))  # Spark's rddBlocks count can dip below 0
PY
started=$SECONDS
ERR="$T/run3.err"
( submit "$T/out-fault" "$ERR" ) &
SUBMIT_PID=$!; PIDS+=("$SUBMIT_PID")
STAGE_WAIT=${SUJETS_CLUSTER_STAGE_WAIT:-600}
BUSY_WAIT=${SUJETS_CLUSTER_BUSY_WAIT:-3}
KILLS=()
for stage in "${STAGES[@]}"; do
  deadline=$((SECONDS + STAGE_WAIT))   # bounded wait until the stage starts
  while ! grep -Fq "stage $stage started" "$ERR" 2>/dev/null; do
    kill -0 "$SUBMIT_PID" 2>/dev/null || { tail -30 "$ERR" >&2; fail "the fault run ended before stage $stage started"; }
    (( SECONDS < deadline )) || fail "stage $stage did not start within $STAGE_WAIT s"
    sleep 0.1
  done
  t0=$SECONDS
  # An executor to kill: one running a task of the stage if that comes within $BUSY_WAIT s, else
  # the one holding the most cached blocks; after all executors were lost, the stage cannot end
  # before a replacement registers, and that is the one killed.
  victim=""; found=""; deadline=$((SECONDS + 180))
  while (( SECONDS < deadline )); do
    alive_workers=()
    for w in "${!WORKER_PID[@]}"; do kill -0 "${WORKER_PID[$w]}" 2>/dev/null && alive_workers+=("$w"); done
    if v=$("$PY" "$T/victim.py" "$DRIVER_UI_PORT" "$T" "${alive_workers[@]}"); then
      victim=$v; found=${found:-$SECONDS}
      read -r _ _ tasks _ <<< "$victim"
      (( tasks > 0 || SECONDS - found >= BUSY_WAIT )) && break
    fi
    grep -Eq "\[sujets\] $stage +[0-9.]+ s " "$ERR" && break   # too late to wait: fails below
    kill -0 "$SUBMIT_PID" 2>/dev/null || break
    sleep 0.2
  done
  [[ -n "$victim" ]] || { tail -30 "$ERR" >&2; fail "no executor to kill during stage $stage"; }
  read -r w executor tasks blocks <<< "$victim"
  wpid=${WORKER_PID[$w]}
  # The worker's live children (not the exited launcher of spark-class, a zombie until the worker dies).
  epids=$(ps -o pid=,stat= --ppid "$wpid" | awk '$2 !~ /^Z/ {print $1}' | paste -sd' ')
  [[ -n "$epids" ]] || fail "worker $w (PID $wpid) has no executor process to kill"
  kill -9 "$wpid" $epids
  # The stage's end line is printed after its last job: absent now, the kill hit the stage.
  if grep -Eq "\[sujets\] $stage +[0-9.]+ s " "$ERR"; then
    fail "stage $stage ended before the kill of worker $w could land; make the run longer"
  fi
  KILLS+=("$stage")
  log "kill ${#KILLS[@]}: during $stage ($((SECONDS - t0)) s after its start): worker $w (PID $wpid) and executor $executor (PID $epids; $tasks task(s) running, $blocks cached block(s))"
  start_worker   # a replacement, so that the application gets a new executor
done
rc=0; wait "$SUBMIT_PID" || rc=$?
[[ $rc == 0 ]] || { tail -30 "$ERR" >&2; fail "the job exited with $rc after losing executors"; }
usage=$(check "$T/out-fault")
log "fault run: exit 0 in $((SECONDS - started)) s after ${#KILLS[@]} kills (${KILLS[*]}); $usage"
"$PY" - "$usage" "${#KILLS[@]}" <<'PY' || fail "run.json does not record the lost executors: $usage"
import json, sys
u, kills = json.loads(sys.argv[1])["executors"], int(sys.argv[2])
assert len(u["executorsRemoved"]) >= kills, f"{len(u['executorsRemoved'])} executors removed, {kills} killed"
assert len([e for e, n in u["tasksByExecutor"].items() if n > 0]) >= 2, "only one executor ran tasks"
PY
same "$T/out-normal" "$T/out-fault"
log "fault run: ${COMPARED[*]} byte-identical to the undisturbed run's"

# --- 4. (issue 16) executors no worker can take: Spark alone waits for ever ("Initial job has not
# accepted any resources"). Sujets must exit 1 within 60 s with one error line, no stack trace and
# no output: (a) at once when the master's /json/ (found through spark.master.ui.port) shows no
# worker large enough; (b) after --executor-wait when the master's status cannot be read.
too_large() { # NAME PATTERN UI_PORT [run options]: sample articles with 8g executors; checks the error line
  local name=$1 pattern=$2 ui_port=$3 rc=0 started=$SECONDS line elapsed; shift 3
  timeout 180 "$SPARK_CLASS" org.apache.spark.deploy.SparkSubmit --master "$MASTER" --driver-memory 1g \
    --executor-memory 8g --conf spark.master.ui.port="$ui_port" --class org.sujets.cli.Main "$T/sujets.jar" \
    run --input "$ROOT/data/sample" --output "$T/out-$name" "$@" > "$T/$name.out" 2> "$T/$name.err" || rc=$?
  elapsed=$((SECONDS - started))
  line=$(grep '^sujets: error: ' "$T/$name.err" || true)
  [[ $rc == 1 && $(grep -c '^sujets: error: ' "$T/$name.err") == 1 ]] || { tail -20 "$T/$name.err" >&2; fail "$name: exit $rc, expected 1 and one error line"; }
  [[ "$line" == $pattern ]] || fail "$name: unexpected error line: $line"
  ! grep -q $'^\tat ' "$T/$name.err" || fail "$name: a stack trace was printed without --verbose (see $T/$name.err)"
  [[ ! -e "$T/out-$name" ]] || fail "$name: the output folder was left behind"
  (( elapsed < 60 )) || fail "$name: the error came after $elapsed s, not within 60 s"
  log "$name: exit 1 after $elapsed s: $line"
}
too_large too-large-known "*can start an executor: each asks for 8192 MiB*alive worker*with at most 1024 MiB and 1 core each; lower --conf spark.executor.memory*" "$UI_PORT"
too_large too-large-unknown "*no executor started on $MASTER within 10 s: each asks for 8192 MiB*; check the cluster has that much free*" \
  "$(free_port)" --executor-wait 10
log "OK"
