#!/usr/bin/env bash
# Checks the java command bin/sujets builds (SUJETS_DRY_RUN=1 prints it, starts nothing): the
# C1-only JIT and small-input Spark settings for small local inputs and the bundled sample, the
# defaults otherwise, SUJETS_JVM_OPTS replacing the launcher's JIT choice, and local files'
# permissions set in Java for every input. Needs a built
# target/ (bin/sujets builds it when missing).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
W="$(mktemp -d)"
trap 'rm -rf "$W"' EXIT
failures=0

mkdir -p "$W/small" "$W/large" "$W/gz"
cp "$ROOT"/data/sample/*.txt "$W/small/"
head -c $((300 * 1024)) /dev/zero | tr '\0' 'a' > "$W/large/big.txt"
# 70 KB compressed counts as 280 KB of text: over the 256 KB bound.
head -c $((70 * 1024)) /dev/urandom > "$W/gz/a.jsonl.gz"

# expect c1|c2|codegen-off command-and-arguments...   (codegen-off: the small-input Spark settings,
# no whole-stage nor expression codegen, no adaptive execution, 2 shuffle partitions, 1 MB pages;
# c1: those and the C1 JIT)
expect() {
  local want="$1" got command
  shift
  command="$(SUJETS_DRY_RUN=1 "$ROOT/bin/sujets" "$@")"
  got=c2
  if grep -qx -- '-Dspark.sql.codegen.wholeStage=false' <<< "$command" \
      && grep -qx -- '-Dspark.sql.adaptive.enabled=false' <<< "$command" \
      && grep -qx -- '-Dspark.sql.shuffle.partitions=2' <<< "$command" \
      && grep -qx -- '-Dspark.sql.codegen.factoryMode=NO_CODEGEN' <<< "$command" \
      && grep -qx -- '-Dspark.buffer.pageSize=1m' <<< "$command"; then
    got=codegen-off
  fi
  if grep -qx -- '-XX:TieredStopAtLevel=1' <<< "$command"; then
    [[ "$got" == codegen-off ]] && got=c1 || got=c1-with-codegen
  fi
  if [[ "$got" == "$want" ]]; then
    echo "ok   $want  bin/sujets $*"
  else
    echo "FAIL bin/sujets $*: $got, expected $want" >&2
    failures=$((failures + 1))
  fi
}

expect c1 run                                  # the bundled sample
expect c1 run -o "$W/out"
expect c1 tune -o "$W/out"
expect c1 run -i "$W/small" -o "$W/out"
expect c1 run --input="$W/small" -k 2
expect c1 run -i "$W/small/*.txt" -k 2          # a glob, as Hadoop would expand it
expect c2 run -i "$W/large" -o "$W/out"
expect c2 run -i "$W/small" "$W/large" -o "$W/out"
expect c2 run -i "$W/gz/a.jsonl.gz"
expect c2 run -i "s3a://bucket/news/*.jsonl"
expect c2 run -i "$W/nothing-here/*.txt"
expect c2 infer --model "$W/model" -o "$W/out"  # no input given: not assumed small
expect c2 --version
SUJETS_JVM_OPTS="-XX:+UseParallelGC" expect codegen-off run   # the JVM flags are the user's

# Local files' permissions set in Java (storage/JavaChmodLocalFileSystem), whatever the input.
for args in "run" "run -i $W/large -o $W/out"; do
  # shellcheck disable=SC2086
  command="$(SUJETS_DRY_RUN=1 "$ROOT/bin/sujets" $args)"
  if grep -qx -- '-Dspark.hadoop.fs.file.impl=org.sujets.storage.JavaChmodLocalFileSystem' <<< "$command"; then
    echo "ok   java-chmod  bin/sujets $args"
  else
    echo "FAIL bin/sujets $args: no -Dspark.hadoop.fs.file.impl=org.sujets.storage.JavaChmodLocalFileSystem" >&2
    failures=$((failures + 1))
  fi
done

if ((failures > 0)); then
  echo "launcher-test: $failures failure(s)" >&2
  exit 1
fi
echo "launcher-test: all passed"
