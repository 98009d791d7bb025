#!/usr/bin/env bash
# Runs bin/sujets on every bad input of issue 6 and prints a Markdown table: case, exit code,
# the first "sujets:" or warning line on stderr, and what the output folder holds afterwards.
# Usage: .ci/bad-inputs.sh [WORK_DIR]   (default /tmp/robust/cases; slow: one JVM per case)
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
W="${1:-/tmp/robust/cases}"
rm -rf "$W"; mkdir -p "$W/in" "$W/out"
S="$ROOT/data/sample"
IN="$W/in"

with_sample() { mkdir -p "$IN/$1"; cp "$S"/*.txt "$IN/$1/"; }
jsonl_sample() { # one JSON line per sample article, id a000..a004
  local i=0
  for f in "$S"/*.txt; do
    jq -cn --arg id "a00$i" --rawfile t "$f" '{id:$id,title:"t",text:$t}'; i=$((i+1))
  done
}

# --- inputs
mkdir -p "$IN/empty-folder"
mkdir -p "$IN/non-text"; printf '\x89PNG\r\n\x1a\n\0\0' > "$IN/non-text/a.png"; echo '%PDF-1.4' > "$IN/non-text/b.pdf"
with_sample unreadable; chmod 000 "$IN/unreadable/000_"*.txt
with_sample empty-files; : > "$IN/empty-files/empty.txt"; printf '  \n\t\n' > "$IN/empty-files/blank.txt"
with_sample binary; head -c 4000 /bin/ls > "$IN/binary/ls.txt"
with_sample charsets
printf 'L\xe9t\xe9 fran\xe7ais \x96 \x80 cr\xe8me br\xfbl\xe9e, d\xe9put\xe9s et s\xe9nateurs \xe0 l\x27Assembl\xe9e.\n' > "$IN/charsets/cp1252.txt"
printf 'L\xe9t\xe9 fran\xe7ais, d\xe9put\xe9s et s\xe9nateurs \xe0 l\x27Assembl\xe9e nationale.\n' > "$IN/charsets/latin1.txt"
{ printf '\xff\xfe'; printf 'Les députés et les sénateurs débattent à l’Assemblée nationale.\n' | iconv -f UTF-8 -t UTF-16LE; } > "$IN/charsets/utf16le.txt"
{ printf '\xfe\xff'; printf 'Les députés et les sénateurs débattent à l’Assemblée nationale.\n' | iconv -f UTF-8 -t UTF-16BE; } > "$IN/charsets/utf16be.txt"
{ printf '\xef\xbb\xbf'; echo 'Les députés et les sénateurs débattent à l’Assemblée nationale.'; } > "$IN/charsets/utf8bom.txt"
with_sample long-line; { for i in $(seq 1 200000); do printf 'Le président parle aux députés. '; done; echo; } > "$IN/long-line/long.txt"
with_sample big; : > "$IN/big/big.txt"; while [[ $(stat -c %s "$IN/big/big.txt") -lt 52428800 ]]; do cat "$S"/*.txt "$S"/*.txt "$S"/*.txt "$S"/*.txt >> "$IN/big/big.txt"; done
with_sample no-french; printf '12345 67890 --- ### *** 3.14 2024\n' > "$IN/no-french/numbers.txt"
mkdir -p "$IN/only-numbers"; for i in 1 2 3; do printf '%s 1234 5678 --- ###\n' $i > "$IN/only-numbers/n$i.txt"; done
jsonl_sample > "$IN/good.jsonl"
{ jsonl_sample | head -2; echo '{"id":"bad1","text": "unterminated'; echo 'not json at all'; jsonl_sample | tail -3; } > "$IN/malformed.jsonl"
jsonl_sample | jq -c '{id, title, body: .text}' > "$IN/renamed.jsonl"
{ jsonl_sample; echo '{"id":"n1","title":"null text","text":null}'; } > "$IN/null-text.jsonl"
{ jsonl_sample; jsonl_sample | head -2; } > "$IN/duplicate-ids.jsonl"
{ echo 'id,title,text'; i=0; for f in "$S"/*.txt; do printf 'c%d,"Titre, avec ""guillemets""","%s"\n' $i "$(sed 's/"/""/g' "$f")"; i=$((i+1)); done; } > "$IN/quoted-newlines.csv"
{ echo '{"id":"x1","title":"<script>alert(1)</script> **gras** =SUM(A1)","text":"<img src=x onerror=alert(1)> Les députés # titre\u0007\u001b[31m votent la loi. =cmd|calc"}'; jsonl_sample; } > "$IN/untrusted.jsonl"

# Parquet: two files, the second with another schema (no text column, id as a number).
mkdir -p "$IN/parquet-mixed"
cat > "$W/MakeParquet.java" <<'JAVA'
import org.apache.spark.sql.*;
public class MakeParquet {
  public static void main(String[] a) {
    SparkSession s = SparkSession.builder().master("local[1]").getOrCreate();
    s.read().json(a[0]).coalesce(1).write().parquet(a[1] + "/p1");
    s.sql("select 7 as id, 'x' as body").coalesce(1).write().parquet(a[1] + "/p2");
    s.stop();
  }
}
JAVA
java -cp "$ROOT/target/sujets.jar:$(cat "$ROOT/target/spark-classpath.txt")" $(cat "$ROOT/target/launcher/jvm-flags.txt") \
  "$W/MakeParquet.java" "$IN/good.jsonl" "$W/pq" >/dev/null 2>&1
cp "$W"/pq/p1/*.parquet "$IN/parquet-mixed/a.parquet"; cp "$W"/pq/p2/*.parquet "$IN/parquet-mixed/b.parquet"

printf '| case | exit | stderr (first error or warning line) | output folder |\n|---|---|---|---|\n'
run_case() { # name, then arguments
  local name="$1"; shift
  local out="$W/out/$name"
  [[ -n "${PRE:-}" ]] && eval "$PRE"
  local extra=()
  [[ " $* " == *" --output "* ]] || extra+=(--output "$out")
  [[ " $* " == *" --iterations "* ]] || extra+=(--iterations 5)
  timeout 600 "$ROOT/bin/sujets" run "${extra[@]}" "$@" > "$W/$name.out" 2> "$W/$name.err"
  local rc=$?
  local line; line="$(grep -m1 -E '^sujets:|warning|Exception' "$W/$name.err" | cut -c1-220)"
  [[ -z "$line" ]] && line="$(grep -m1 'wrote' "$W/$name.err" | cut -c1-220)"
  [[ -z "$line" ]] && line="$(grep -v -m1 '^WARNING: Using incubator' "$W/$name.err" | cut -c1-220)"
  local state="absent"
  if [[ -d "$out" ]]; then state="$(ls "$out" | tr '\n' ' ' | cut -c1-60)"; [[ -z "$state" ]] && state="empty"; fi
  local tmp; tmp="$(ls -d "$W/out/$name".tmp-* 2>/dev/null | wc -l)"
  [[ "$tmp" != 0 ]] && state="$state; $tmp .tmp- left"
  printf '| %s | %s | %s | %s |\n' "$name" "$rc" "${line//|/\\|}" "$state"
}
cd "$W"
run_case input-missing --input "$IN/nope"
run_case empty-folder --input "$IN/empty-folder"
run_case unreadable-file --input "$IN/unreadable"
run_case non-text-folder --input "$IN/non-text"
mkdir -p "$IN/inner"; cp "$S"/*.txt "$IN/inner/"
run_case output-inside-input --input "$IN/inner" --output "$IN/inner/out"
run_case output-not-writable --input "$S" --output /proc/sujets-out
mkdir -p "$W/out/nonempty"; echo keep > "$W/out/nonempty/mine.txt"
run_case nonempty --input "$S"
run_case empty-and-blank-files --input "$IN/empty-files"
run_case binary-file --input "$IN/binary"
run_case charsets --input "$IN/charsets"
run_case long-line --input "$IN/long-line"
run_case big-50mb --input "$IN/big"
run_case no-french-article --input "$IN/no-french"
run_case corpus-empty-after-analysis --input "$IN/only-numbers"
run_case malformed-jsonl --input "$IN/malformed.jsonl"
run_case malformed-jsonl-strict --input "$IN/malformed.jsonl" --mode strict
run_case renamed-text-column --input "$IN/renamed.jsonl"
run_case null-text --input "$IN/null-text.jsonl"
run_case duplicate-ids --input "$IN/duplicate-ids.jsonl"
run_case csv-quoted-newlines --input "$IN/quoted-newlines.csv"
run_case parquet-mixed-schema --input "$IN/parquet-mixed"
run_case untrusted-text --input "$IN/untrusted.jsonl"
run_case topics-0 --input "$S" --topics 0
run_case topics-too-many --input "$S" --topics 50
run_case min-df-too-high --input "$S" --min-df 50
run_case max-df-below-min-df --input "$S" --min-df 3 --max-df 2
run_case unknown-stemmer --input "$S" --stemmer porter
run_case negative-iterations --input "$S" --iterations -3
run_case bad-master --input "$S" --master 'nowhere://x'
run_case bad-mode --input "$S" --mode lenient
