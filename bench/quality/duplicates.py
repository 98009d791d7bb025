#!/usr/bin/env python3
"""Scores a run's duplicates.csv against OrangeSum's duplicate_of_earlier flags (stdlib only).

Usage: duplicates.py RUN_DIR [CORPUS.jsonl.gz] [--examples N]
CORPUS defaults to $SUJETS_ORANGESUM, else ../shared/corpora/orangesum/orangesum.jsonl.gz from the
repo root (bench/quality/duplicates.sh passes it).

Figures:
- flag precision/recall: "article is a non-representative member of a detected cluster" vs
  duplicate_of_earlier. OrangeSum keeps the first id of each group as listed by its authors, not
  the earliest-dated or smallest id, so a correct cluster can still score a false positive and a
  false negative when the two choices differ.
- cluster precision/recall (choice-free): per cluster of size s holding t flagged articles, the
  s - 1 articles it leaves out can match at most min(t, s - 1) flags.
- false positives split into exact-text copies (OrangeSum did not list them) and edited ones.
"""
import csv
import gzip
import json
import os
import re
import sys
from collections import Counter, defaultdict

WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text, n=5):
    words = WORD.findall(text.lower())
    return {" ".join(words[i:i + n]) for i in range(max(0, len(words) - n + 1))}


def jaccard(a, b):
    return len(a & b) / len(a | b) if a or b else 0.0


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    examples = 5
    if "--examples" in argv:
        examples = int(argv[argv.index("--examples") + 1])
        args.remove(str(examples))
    run = args[0]
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    corpus = args[1] if len(args) > 1 else os.environ.get(
        "SUJETS_ORANGESUM", os.path.join(root, "..", "shared", "corpora", "orangesum", "orangesum.jsonl.gz"))
    records = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            records[r["id"]] = r
    truth = {i for i, r in records.items() if r["duplicate_of_earlier"]}
    texts = Counter(r["text"] for r in records.values())

    rep_of = {}
    similarity = {}
    with open(f"{run}/duplicates.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            rep_of[row["id"]] = row["representative"]
            similarity[row["id"]] = float(row["max_similarity"])
    clusters = defaultdict(list)
    for i, rep in rep_of.items():
        clusters[rep].append(i)
    predicted = {i for i, rep in rep_of.items() if i != rep}

    tp = len(predicted & truth)
    fp = sorted(predicted - truth, key=int)
    fn = sorted(truth - predicted, key=int)
    p = tp / len(predicted) if predicted else float("nan")
    r = tp / len(truth) if truth else float("nan")
    matched = sum(min(sum(1 for m in members if m in truth), len(members) - 1) for members in clusters.values())
    cp = matched / len(predicted) if predicted else float("nan")
    cr = matched / len(truth) if truth else float("nan")
    unexplained_fp = [i for i in fp if not any(m in truth for m in clusters[rep_of[i]])]
    exact_fp = [i for i in unexplained_fp if texts[records[i]["text"]] > 1]
    missed = [i for i in fn if i not in rep_of]

    stages = {}
    try:
        with open(f"{run}/run.json", encoding="utf-8") as f:
            manifest = json.load(f)
        stages = manifest.get("stageSeconds", {})
        dup = manifest.get("parameters", {}).get("duplicates", {})
    except FileNotFoundError:
        dup = {}
    print(f"run: {run}  threshold={dup.get('threshold')} shingleSize={dup.get('shingleSize')}"
          f" bands={dup.get('bands')} rows={dup.get('rows')} candidatePairs={dup.get('candidatePairs')}"
          f" verifiedPairs={dup.get('verifiedPairs')}  duplicates stage {stages.get('duplicates')} s"
          f" (analysis {stages.get('analysis')} s)")
    print(f"clusters {len(clusters)}, articles in clusters {len(rep_of)}, left out of the fit {len(predicted)};"
          f" OrangeSum flags {len(truth)}")
    print(f"flag precision {p:.4f}  recall {r:.4f}  (tp {tp}, fp {len(fp)}, fn {len(fn)})")
    print(f"cluster precision {cp:.4f}  recall {cr:.4f}  (flags explained {matched})")
    print(f"false positives in clusters holding no flagged article: {len(unexplained_fp)},"
          f" of which exact-text copies of another record: {len(exact_fp)}")
    print(f"flagged articles in no cluster at all: {len(missed)}")

    def show(label, ids):
        print(f"\n{label}:")
        for i in ids[:examples]:
            rec = records[i]
            members = clusters.get(rep_of.get(i), [])
            partners = [m for m in members if m != i]
            best = max(partners, key=lambda m: jaccard(shingles(rec["text"]), shingles(records[m]["text"])), default=None)
            if best is None:  # nearest flagged-or-not record with the same title
                same = [m for m, o in records.items() if m != i and o["title"] == rec["title"]]
                best = max(same, key=lambda m: jaccard(shingles(rec["text"]), shingles(records[m]["text"])), default=None)
            j = jaccard(shingles(rec["text"]), shingles(records[best]["text"])) if best else float("nan")
            other = records[best] if best else {}
            print(f"  {i} {rec['date']} [{len(rec['text'])} chars] {rec['title'][:70]!r}")
            print(f"     vs {best} {other.get('date')} [{len(other.get('text', ''))} chars]"
                  f" {other.get('title', '')[:70]!r}  word-5-gram Jaccard {j:.3f}"
                  f" flagged={other.get('duplicate_of_earlier')}")

    show("false positives (clusters holding no flagged article)", unexplained_fp)
    show("false negatives (flagged, in no cluster)", missed)


if __name__ == "__main__":
    main(sys.argv[1:])
