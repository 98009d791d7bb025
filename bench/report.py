#!/usr/bin/env python3
"""Prints one benchmark result: per-stage throughput of the job, peak RSS, baselines and ratios.
usage: report.py STATS.json RESULT_DIR"""
import json, os, re, sys

stats = json.load(open(sys.argv[1])); res = sys.argv[2]
run = json.load(open(os.path.join(res, "out", "run.json")))
n, mb = stats["articles"], stats["text_bytes"] / 1e6
time_txt = open(os.path.join(res, "time.txt")).read()
rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", time_txt).group(1))
wall = re.search(r"Elapsed \(wall clock\) time.*: (\S+)", time_txt).group(1)
load = lambda f: open(os.path.join(res, f)).read().split("load average:")[1].strip() if os.path.exists(os.path.join(res, f)) else "?"

print(f"\n== {n:,} articles, {stats['words'] / n:.0f} words each, {mb:.1f} MB of text ==")
print(f"load average before / after job / after baselines: {load('load-before.txt')} / {load('load-after-job.txt')} / {load('load-after.txt')}")
print(f"job wall {wall} (incl. JVM and Spark start), driver peak RSS {rss_kb / 1024:.0f} MiB, "
      f"topics {run['parameters']['topics']}, iterations {run['parameters']['iterations']}")
print(f"{'stage':<12}{'seconds':>9}{'articles/s':>12}{'MB/s':>9}")
total = 0
for stage, s in run["stageSeconds"].items():
    total += s
    print(f"{stage:<12}{s:>9.1f}{n / s if s else 0:>12,.0f}{mb / s if s else 0:>9.2f}")
print(f"{'all stages':<12}{total:>9.1f}{n / total:>12,.0f}{mb / total:>9.2f}   per article {1e3 * total / n:.3f} ms")

base = {}
path = os.path.join(res, "baselines.jsonl")
if os.path.exists(path):
    for line in open(path):
        if line.startswith("{"):
            b = json.loads(line); base[b["baseline"]] = b
for name, b in base.items():
    print(f"baseline {name:<27} {b['articles']:>9,} articles {b['seconds']:>8.1f} s {b['articlesPerSecond']:>10,.0f} articles/s {b['mbPerSecond']:>7.2f} MB/s")
ours = mb / run["stageSeconds"]["analysis"]
# lucene-french is Lucene's own FrenchAnalyzer (the "raw FrenchAnalyzer"), lucene-analyze ours
# with terms and surfaces collected (the stricter "raw Lucene"); lucene-stage does all of the stage's per-article work
# (boilerplate rules, analysis, gaps) in plain Java, so the job / lucene-stage ratio is Spark's share.
for name in ("lucene-french", "lucene-tokens", "lucene-analyze", "lucene-stage", "spark-regex-stopwords", "spark-frenchnewstokenizer"):
    if name in base:
        print(f"ratio: job analysis stage / {name}: {ours / base[name]['mbPerSecond']:.2f}")
# Since the stage split, "analysis" is boilerplate removal + tokenization only; learning the
# boilerplate lines and the phrases are their own stages. All three together, for comparison:
text = sum(run["stageSeconds"].get(k, 0) for k in ("boilerplate", "analysis", "phrases"))
for name in ("lucene-tokens", "lucene-analyze"):
    if name in base and text:
        print(f"ratio: job boilerplate+analysis+phrases stages / {name}: {mb / text / base[name]['mbPerSecond']:.2f}")
if "spark-frenchnewstokenizer" in base and "lucene-tokens" in base:
    print(f"ratio: FrenchNewsTokenizer in Spark (harness) / lucene-tokens: "
          f"{base['spark-frenchnewstokenizer']['mbPerSecond'] / base['lucene-tokens']['mbPerSecond']:.2f}")
if "spark-frenchnewstokenizer" in base and "spark-regex-stopwords" in base:
    print(f"ratio: FrenchNewsTokenizer / RegexTokenizer+StopWordsRemover (same harness): "
          f"{base['spark-frenchnewstokenizer']['mbPerSecond'] / base['spark-regex-stopwords']['mbPerSecond']:.2f}")
