#!/usr/bin/env bash
# Real-cluster test: a Spark standalone Master and two Workers (1 core, 1 GiB each) on 127.0.0.1,
# assembled from the Maven Central jars `mvn package` resolved (no Spark distribution), then
#   1. a normal run of target/sujets.jar through SparkSubmit on 5,000 OrangeSum articles, checking
#      the outputs are complete and valid and that tasks ran on both executors (run.json);
#   2. a fault run: Worker 2 and its executor are killed (kill -9) while LDA iterates; the job must
#      still exit 0 with complete, valid outputs, and run.json must record the lost executor.
# Everything it starts is stopped by PID on exit, also on failure. Waits are bounded.
# Logs: target/cluster/ (master.log, worker<i>.log, work<i>/<app>/<executor>/stderr, run<j>.err).
# Needs: target/sujets.jar and target/spark-classpath.txt (mvn package), java 17, python3, and the
# OrangeSum corpus (SUJETS_ORANGESUM, default ../shared/corpora/orangesum/orangesum.jsonl.gz).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
T="$ROOT/target/cluster"
ARTICLES="${SUJETS_CLUSTER_ARTICLES:-5000}"
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
tr ':' '\n' < target/spark-classpath.txt | while read -r jar; do ln -s "$jar" "$SPARK_HOME/jars/"; done
cat > "$SPARK_HOME/conf/log4j2.properties" <<'EOF'
rootLogger.level = info
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss.SSS} %p %c{1}: %m%n
logger.jetty.name = org.sparkproject.jetty
logger.jetty.level = warn
EOF
SPARK_CLASS="$ROOT/.ci/spark-class"

# Free TCP ports (another build on this machine may run the same test).
free_port() {
  "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
PORT=7077
"$PY" -c 'import socket,sys; s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1", 7077))' 2>/dev/null || PORT=$(free_port)
UI_PORT=$(free_port)
MASTER="spark://127.0.0.1:$PORT"

# The jar submitted: a copy, so that a rebuild while the test runs cannot change it under the driver.
cp target/sujets.jar "$T/sujets.jar"

# --- input: the first $ARTICLES OrangeSum articles
INPUT="$T/orangesum-$ARTICLES.jsonl"
{ zcat "$CORPUS" || true; } | head -n "$ARTICLES" > "$INPUT"
[[ $(wc -l < "$INPUT") == "$ARTICLES" ]] || fail "could not take $ARTICLES articles from $CORPUS"

# --- cluster
started=$SECONDS
"$SPARK_CLASS" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$PORT" \
  --webui-port "$UI_PORT" > "$T/master.log" 2>&1 &
MASTER_PID=$!; PIDS+=("$MASTER_PID")
WORKER_PIDS=()
for i in 1 2; do
  "$SPARK_CLASS" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory 1g \
    --webui-port 0 --work-dir "$T/work$i" "$MASTER" > "$T/worker$i.log" 2>&1 &
  WORKER_PIDS+=($!); PIDS+=($!)
done
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
# choosing (callers add & for the fault run); the driver JVM is the PID of this process.
submit() {
  local out=$1 err=$2; shift 2
  exec "$SPARK_CLASS" org.apache.spark.deploy.SparkSubmit --master "$MASTER" \
    --driver-memory 1g --executor-memory 768m \
    --conf spark.driver.extraJavaOptions=-Djava.awt.headless=true \
    --class org.sujets.cli.Main "$T/sujets.jar" \
    run --input "$INPUT" --output "$out" "$@" > "$err.out" 2> "$err"
}

# check OUTPUT: complete, valid outputs for $ARTICLES articles; prints the executor summary.
check() {
  "$PY" - "$1" "$ARTICLES" <<'PY' || fail "outputs in $1 are incomplete or invalid"
import csv, json, os, sys
out, n = sys.argv[1], int(sys.argv[2])
for f in ("topics.json", "keywords.json", "articles.csv", "run.json", "report.html", "report.ipynb"):
    assert os.path.getsize(os.path.join(out, f)) > 0, f + " missing or empty"
run = json.load(open(os.path.join(out, "run.json")))
topics = json.load(open(os.path.join(out, "topics.json")))
keywords = json.load(open(os.path.join(out, "keywords.json")))
json.load(open(os.path.join(out, "report.ipynb")))
c = run["counts"]
assert c["recordsRead"] == n, f"run.json counts.recordsRead {c['recordsRead']} != {n}"
assert c["articles"] == n, f"run.json counts.articles {c['articles']} != {n}"
assert c["vocabularySize"] > 100 and c["tokens"] > 100 * n, f"implausible counts {c}"
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
print(json.dumps(run["executors"]))
PY
}

# --- 1. normal run (SUJETS_CLUSTER_RUNS=fault skips it, for debugging the fault run)
if [[ "${SUJETS_CLUSTER_RUNS:-all}" != fault ]]; then
started=$SECONDS
rc=0; ( submit "$T/out-normal" "$T/run1.err" --iterations 20 ) || rc=$?
[[ $rc == 0 ]] || { tail -30 "$T/run1.err" >&2; fail "the cluster run exited with $rc"; }
usage=$(check "$T/out-normal")
log "normal run: exit 0 in $((SECONDS - started)) s; executors: $usage"
"$PY" - "$usage" <<'PY' || fail "tasks did not run on both workers' executors: $usage"
import json, sys
u = json.loads(sys.argv[1])
ran = {e: n for e, n in u["tasksByExecutor"].items() if e != "driver" and n > 0}
assert len(ran) >= 2, ran
assert "driver" not in u["tasksByExecutor"], "tasks ran in the driver"
PY
fi

# --- 2. fault run: kill Worker 2 and its executor during LDA
started=$SECONDS
( submit "$T/out-fault" "$T/run2.err" --iterations 60 ) &
SUBMIT_PID=$!; PIDS+=("$SUBMIT_PID")
seen=0; deadline=$((SECONDS + ${SUJETS_CLUSTER_LDA_WAIT:-900}))   # bounded wait until LDA iterates
while (( SECONDS < deadline )); do
  grep -q 'LDA iteration' "$T/run2.err" 2>/dev/null && { seen=1; break; }
  kill -0 "$SUBMIT_PID" 2>/dev/null || break
  sleep 0.5
done
[[ $seen == 1 ]] || { tail -30 "$T/run2.err" >&2; fail "the fault run did not reach LDA within ${SUJETS_CLUSTER_LDA_WAIT:-900} s"; }
sleep 3
LDA_DONE='\[sujets\] LDA +[0-9.]+ s'
grep -Eq "$LDA_DONE" "$T/run2.err" && fail "LDA finished before the worker could be killed; raise --iterations"
victim=${WORKER_PIDS[1]}
executors=$(ps -o pid= --ppid "$victim" | tr -d ' ' | paste -sd' ')
[[ -n "$executors" ]] || fail "worker 2 (PID $victim) has no executor process to kill"
kill -9 "$victim" $executors
log "killed worker 2 (PID $victim) and its executor (PID $executors) at $(grep 'LDA iteration' "$T/run2.err" | tail -1 | sed 's/.*iteration //')"
rc=0; wait "$SUBMIT_PID" || rc=$?
[[ $rc == 0 ]] || { tail -30 "$T/run2.err" >&2; fail "the job exited with $rc after losing a worker"; }
usage=$(check "$T/out-fault")
log "fault run: exit 0 in $((SECONDS - started)) s; executors: $usage"
"$PY" - "$usage" <<'PY' || fail "run.json does not record the lost executor: $usage"
import json, sys
u = json.loads(sys.argv[1])
assert len(u["executorsRemoved"]) >= 1, "no executor removed"
assert len([e for e, n in u["tasksByExecutor"].items() if n > 0]) >= 2, "only one executor ran tasks"
PY

# --- 3. (issue 16) executors no worker can take: Spark alone waits for ever ("Initial job has not
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
