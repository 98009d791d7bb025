#!/usr/bin/env bash
# Real-cluster test on Hadoop: a real HDFS (MiniDFSCluster: NameNode + DataNode) and a real YARN
# (MiniYARNCluster: ResourceManager + 2 NodeManagers) in one JVM on localhost
# (org.sujets.cluster.MiniHadoopClusters, from Maven Central's hadoop-client-minicluster), then
#   1. $ARTICLES OrangeSum articles, in 2 .jsonl.gz files, are put into hdfs://.../news/;
#   2. target/sujets.jar is submitted with --master yarn in cluster deploy mode (the driver runs in
#      the YARN ApplicationMaster's container) and then in client deploy mode (the driver is
#      SparkSubmit here), each `run` reading hdfs://.../news/*.jsonl.gz and writing
#      hdfs://.../runs/cluster and hdfs://.../runs/client;
#   3. `infer` scores the same input against hdfs://.../runs/cluster/model (cluster deploy mode) and
#      writes hdfs://.../runs/infer.
# Each output is read back from HDFS (FsShell -get) and checked: topics.json, keywords.json,
# articles.csv (one row per article), run.json (counts.articles, parameters.sparkMaster "yarn",
# tasks on YARN executors), report.html, model/. One line per check, with its time.
#
# Which Spark runs on YARN: Spark's YARN module (spark-yarn_2.13) is not a dependency of the job.
# Maven Central as our machines reach it has no spark-yarn_2.13 4.1.0 (only 4.0.1 and 4.2.0), and
# 4.0.1's does not link against Spark 4.1.0's core, so the Spark used here is a whole Spark 4.0.1
# (Hadoop client 3.4.1) resolved by `mvn -Pspark-on-yarn -Dspark.version=4.0.1 ...` into a
# SPARK_HOME of symlinks; the job jar is the one built against 4.1.0. SUJETS_YARN_SPARK_VERSION and
# SUJETS_YARN_HADOOP_VERSION choose another pair (e.g. 4.1.0 / 3.4.2 where spark-yarn 4.1.0 resolves).
# Spark jars are not uploaded on each submit: spark.yarn.jars=local:$SPARK_HOME/jars/* (same machine).
#
# Run: mvn -DskipTests package && bash .ci/yarn-hdfs-test.sh   (bin/test runs it after cluster-test;
# SUJETS_SKIP_YARN_TEST=1 skips it there). Three Spark applications on YARN: a few minutes on 2 cores.
# SUJETS_YARN_ARTICLES (default 1000) makes it smaller.
# Everything it starts is stopped by PID on exit (the YARN containers too), also on failure.
# Logs: target/yarn-hdfs/ (clusters.log; submit-<name>.err; container logs, e.g. the cluster-mode
# driver's stderr, under cluster/target/sujets-yarn/*logDir-nm-*/application_*/container_*/).
# Needs: target/sujets.jar, target/spark-classpath.txt, target/yarn-test-classpath.txt and
# target/test-classes (mvn package), java 17, python3, mvn, and OrangeSum (SUJETS_ORANGESUM).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
T="$ROOT/target/yarn-hdfs"
ARTICLES="${SUJETS_YARN_ARTICLES:-1000}"
CORPUS="${SUJETS_ORANGESUM:-$ROOT/../shared/corpora/orangesum/orangesum.jsonl.gz}"
SPARK_VERSION_ON_YARN="${SUJETS_YARN_SPARK_VERSION:-4.0.1}"
HADOOP_VERSION_ON_YARN="${SUJETS_YARN_HADOOP_VERSION:-3.4.1}"
PY=/usr/bin/python3; [[ -x "$PY" ]] || PY=python3
T0=$SECONDS

fail() { echo "yarn-hdfs-test: FAIL: $*" >&2; exit 1; }
log() { echo "yarn-hdfs-test: $*" >&2; }

for f in target/sujets.jar target/spark-classpath.txt target/yarn-test-classpath.txt \
         target/test-classes/org/sujets/cluster/MiniHadoopClusters.class; do
  [[ -f "$f" ]] || fail "run mvn package first ($f is missing)"
done
[[ -f "$CORPUS" ]] || fail "OrangeSum not found at $CORPUS; set SUJETS_ORANGESUM to orangesum.jsonl.gz"
# The NodeManagers start containers with $JAVA_HOME/bin/java.
if [[ -z "${JAVA_HOME:-}" ]]; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
export JAVA_HOME

# --- processes we start, stopped by PID whatever happens (with their descendants: the YARN
# containers are children of the NodeManagers' JVM, through bash)
PIDS=()
descendants() {
  local kid
  for kid in $(ps -o pid= --ppid "$1" 2>/dev/null || true); do
    echo "$kid"; descendants "$kid"
  done
}
stop_all() {
  local rc=$? pid all=()
  for pid in "${PIDS[@]}"; do all+=($(descendants "$pid")); done
  all+=("${PIDS[@]}")
  for pid in "${all[@]}"; do kill "$pid" 2>/dev/null || true; done
  for _ in $(seq 60); do
    local alive=0
    for pid in "${all[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [[ $alive == 0 ]] && break
    sleep 0.25
  done
  for pid in "${all[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  [[ $rc == 0 ]] || log "logs kept in $T"
  exit $rc
}
trap stop_all EXIT
trap 'exit 130' INT TERM

rm -rf "$T"
mkdir -p "$T/cluster" "$T/hadoop-conf" "$T/news" "$T/log4j" "$T/got"
cp .ci/cluster-log4j2.properties "$T/log4j/log4j2.properties"
cat >> "$T/log4j/log4j2.properties" <<'EOF'
logger.hadoop.name = org.apache.hadoop
logger.hadoop.level = warn
logger.mini.name = org.apache.hadoop.yarn.server.MiniYARNCluster
logger.mini.level = info
logger.yarnclient.name = org.apache.spark.deploy.yarn.Client
logger.yarnclient.level = info
EOF
FLAGS=$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' pom.xml)
[[ -n "$FLAGS" ]] || fail "no <spark.jvm.flags> in pom.xml"

# --- 1. HDFS + YARN (started first: it takes ~15-30 s, while Maven resolves the Spark on YARN)
started=$SECONDS
HADOOP_CP="$T/log4j:$ROOT/target/test-classes:$(cat target/yarn-test-classpath.txt):$(cat target/spark-classpath.txt)"
# shellcheck disable=SC2086
( cd "$T/cluster" && exec java -Xmx1g $FLAGS -cp "$HADOOP_CP" \
    org.sujets.cluster.MiniHadoopClusters "$T/hadoop-conf" 2 3072 ) > "$T/clusters.log" 2>&1 &
CLUSTERS_PID=$!; PIDS+=("$CLUSTERS_PID")

# --- the Spark that runs on YARN: a SPARK_HOME of symlinks into ~/.m2
mkdir -p "$T/spark-home/jars" "$T/spark-home/conf"
export SPARK_HOME="$T/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
export SPARK_CONF_DIR="$SPARK_HOME/conf" HADOOP_CONF_DIR="$T/hadoop-conf"
mvn -B -q -Pspark-on-yarn -Dspark.version="$SPARK_VERSION_ON_YARN" -Dhadoop.version="$HADOOP_VERSION_ON_YARN" \
  dependency:build-classpath -DincludeScope=provided -Dmdep.outputFile="$T/spark-on-yarn-classpath.txt" \
  > "$T/mvn-spark-on-yarn.log" 2>&1 || { tail -20 "$T/mvn-spark-on-yarn.log" >&2; fail "could not resolve Spark $SPARK_VERSION_ON_YARN with spark-yarn"; }
# (the file has no final newline: `read` alone would drop its last jar)
tr ':' '\n' < "$T/spark-on-yarn-classpath.txt" | while read -r jar || [[ -n "$jar" ]]; do ln -s "$jar" "$SPARK_HOME/jars/"; done
[[ -e "$SPARK_HOME/jars/spark-yarn_2.13-$SPARK_VERSION_ON_YARN.jar" ]] || fail "spark-yarn is not in $SPARK_HOME/jars"
cp "$T/log4j/log4j2.properties" "$SPARK_HOME/conf/"
log "Spark $SPARK_VERSION_ON_YARN with spark-yarn resolved ($(ls "$SPARK_HOME/jars" | wc -l) jars) in $((SECONDS - started)) s"

deadline=$((SECONDS + 180))
until [[ -f "$T/hadoop-conf/ready" ]]; do
  kill -0 "$CLUSTERS_PID" 2>/dev/null || { tail -30 "$T/clusters.log" >&2; fail "the HDFS/YARN JVM died at start-up"; }
  (( SECONDS < deadline )) || fail "HDFS and YARN were not up within 180 s (see $T/clusters.log)"
  sleep 0.5
done
FS=$(sed -n 's/^fs.defaultFS=//p' "$T/hadoop-conf/ready")
[[ "$FS" == hdfs://localhost:* ]] || fail "unexpected fs.defaultFS '$FS'"
log "HDFS $FS and YARN (RM $(sed -n 's/^yarn.resourcemanager.address=//p' "$T/hadoop-conf/ready"), 2 NodeManagers) up after $((SECONDS - started)) s"

# fs ARGS...: Hadoop's FsShell against the mini HDFS (Hadoop client of the job's Spark).
fs() {
  java -Xmx256m -cp "$T/hadoop-conf:$T/log4j:$(cat "$ROOT/target/spark-classpath.txt")" \
    org.apache.hadoop.fs.FsShell "$@" 2>> "$T/fsshell.err"
}

# --- 2. input: the first $ARTICLES OrangeSum articles, in two gzipped JSON Lines files, on HDFS
started=$SECONDS
{ zcat "$CORPUS" || true; } | head -n "$ARTICLES" > "$T/articles.jsonl"
[[ $(wc -l < "$T/articles.jsonl") == "$ARTICLES" ]] || fail "could not take $ARTICLES articles from $CORPUS"
half=$((ARTICLES / 2))
head -n "$half" "$T/articles.jsonl" | gzip > "$T/news/part-1.jsonl.gz"
tail -n +"$((half + 1))" "$T/articles.jsonl" | gzip > "$T/news/part-2.jsonl.gz"
fs -put "$T/news" /news || fail "could not put the input into HDFS (see $T/fsshell.err)"
listing=$(fs -ls /news)
[[ $(grep -c '\.jsonl\.gz$' <<< "$listing") == 2 ]] || fail "HDFS /news does not hold the 2 files: $listing"
log "input: $ARTICLES articles in 2 .jsonl.gz files put into $FS/news/ in $((SECONDS - started)) s"

# The jar submitted: a copy, so that a rebuild while the test runs cannot change it.
cp target/sujets.jar "$T/sujets.jar"

# submit NAME DEPLOY_MODE COMMAND [job options]: spark-submit to YARN; stderr in submit-NAME.err.
# Run it in a subshell (the caller's `&`): exec makes that subshell's PID the SparkSubmit JVM's.
submit() {
  local name=$1 mode=$2; shift 2
  exec "$ROOT/.ci/spark-class" org.apache.spark.deploy.SparkSubmit \
    --master yarn --deploy-mode "$mode" --name "sujets-$name" \
    --driver-memory 1g --executor-memory 768m --executor-cores 1 --num-executors 2 \
    --conf "spark.yarn.jars=local:$SPARK_HOME/jars/*" \
    --conf spark.yarn.am.memory=512m \
    --conf spark.yarn.appMasterEnv.SPARK_LOCAL_IP=127.0.0.1 \
    --conf spark.executorEnv.SPARK_LOCAL_IP=127.0.0.1 \
    --conf spark.ui.enabled=false \
    --conf spark.driver.extraJavaOptions=-Djava.awt.headless=true \
    --class org.sujets.cli.Main "$T/sujets.jar" "$@" \
    > "$T/submit-$name.out" 2> "$T/submit-$name.err"
}

# why NAME: the end of the submit log and, in cluster mode, of the driver container's stderr.
why() {
  tail -25 "$T/submit-$1.err" >&2
  local app driver
  app=$(grep -o 'application_[0-9]*_[0-9]*' "$T/submit-$1.err" | head -1 || true)
  if [[ -n "$app" ]]; then
    driver=$(ls -d "$T"/cluster/target/sujets-yarn/*logDir-nm-*/"$app"/container_*_01_000001 2>/dev/null | head -1 || true)
    if [[ -n "$driver" ]]; then echo "--- $driver/stderr" >&2; grep -v '^\s*at ' "$driver/stderr" | tail -25 >&2; fi
  fi
}

# check KIND DIR: the outputs of a run (KIND=run) or infer (KIND=infer) copied back from HDFS.
check() {
  "$PY" - "$1" "$2" "$ARTICLES" <<'PY'
import csv, json, os, sys
kind, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
files = ["topics.json", "keywords.json", "articles.csv", "run.json"]
if kind == "run":
    files += ["report.html", "model/model.json"]
for f in files:
    assert os.path.isfile(os.path.join(out, f)) and os.path.getsize(os.path.join(out, f)) > 0, f + " missing or empty"
run = json.load(open(os.path.join(out, "run.json")))
topics = json.load(open(os.path.join(out, "topics.json")))
keywords = json.load(open(os.path.join(out, "keywords.json")))
c = run["counts"]
assert c["articles"] == n, f"run.json counts.articles {c['articles']} != {n}"
assert run["parameters"]["sparkMaster"] == "yarn", "sparkMaster " + run["parameters"]["sparkMaster"]
k = run["parameters"]["topics"]
assert len(topics["topics"]) == k and all(len(t["words"]) > 0 for t in topics["topics"]), "topics.json incomplete"
assert len(keywords["corpus"]) > 0, "keywords.json empty"
with open(os.path.join(out, "articles.csv"), newline="", encoding="utf-8") as fh:
    rows = list(csv.DictReader(fh))
assert len(rows) == n, f"articles.csv has {len(rows)} rows, expected {n}"
assert len({r["id"] for r in rows}) == n, "articles.csv ids are not unique"
scored = 0
for r in rows:
    if r["dominant_topic"]:
        scored += 1
        assert 1 <= int(r["dominant_topic"]) <= k
        s = sum(float(r[f"topic_{i}"]) for i in range(1, k + 1))
        assert abs(s - 1) < 0.01, f"shares of {r['id']} sum to {s}"
assert scored > 0.9 * n, f"only {scored} of {n} articles have a dominant topic"
if kind == "run":
    assert os.listdir(os.path.join(out, "model")), "model/ is empty"
    assert "<html" in open(os.path.join(out, "report.html"), encoding="utf-8").read(2000).lower(), "report.html is not HTML"
summary = f"{k} topics, {len(rows)} articles"
if kind == "run":   # infer's run.json has no executor summary
    ex = run["executors"]["tasksByExecutor"]
    ran = {e: t for e, t in ex.items() if e != "driver" and t > 0}
    assert ran and "driver" not in ex, f"tasks did not run (only) on YARN executors: {ex}"
    summary += f", tasks by executor {ex}"
print(summary)
PY
}

# job NAME DEPLOY_MODE KIND COMMAND ARGS...: submit, copy the output back from HDFS, check it.
job() {
  local name=$1 mode=$2 kind=$3; shift 3
  local started=$SECONDS rc=0 summary pid
  submit "$name" "$mode" "$@" &   # in the background: `wait` lets the INT/TERM trap run at once
  pid=$!; PIDS+=("$pid")
  wait "$pid" || rc=$?
  [[ $rc == 0 ]] || { why "$name"; fail "$name: spark-submit ($mode mode) exited with $rc"; }
  local took=$((SECONDS - started)) dir="$T/got/$name"
  if [[ "$OUT" == "$FS/runs" ]]; then
    fs -get "/runs/$name" "$dir" || fail "$name: could not get $OUT/$name from HDFS"
  else
    dir="$OUT/$name"
  fi
  summary=$(check "$kind" "$dir") || fail "$name: the outputs in $OUT/$name are incomplete or invalid"
  log "$name: sujets $1 on YARN ($mode mode) exit 0 in $took s; outputs in $OUT/$name valid: $summary"
}

INPUT="$FS/news/*.jsonl.gz"
# Outputs go to HDFS; SUJETS_YARN_OUTPUT=local writes them to target/yarn-hdfs/runs instead (the
# drivers run on this machine in both deploy modes), to tell an HDFS-output problem from a YARN one.
OUT="$FS/runs"; [[ "${SUJETS_YARN_OUTPUT:-hdfs}" == local ]] && OUT="$T/runs"
JOB_OPTS=(--topics 5 --iterations 10)
job cluster cluster run run --input "$INPUT" --output "$OUT/cluster" "${JOB_OPTS[@]}"
job client client run run --input "$INPUT" --output "$OUT/client" "${JOB_OPTS[@]}"
job infer cluster infer infer --model "$OUT/cluster/model" --input "$INPUT" --output "$OUT/infer"
log "OK in $((SECONDS - T0)) s"
