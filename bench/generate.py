#!/usr/bin/env python3
"""Benchmark corpora from OrangeSum: N articles of 200–300 words, written as gzip JSON Lines shards.

Each article resamples one OrangeSum article (with replacement), shuffles its paragraphs, tops it
up with paragraphs of a second random article below 200 words and cuts it at 300 words. Metadata
(title, date, source, section) come from the first article; ids are b<n>. Deterministic (seed).

usage: generate.py ORANGESUM.jsonl.gz N OUT_DIR [--shards S] [--seed 42]
Writes OUT_DIR/part-<i>.jsonl.gz and OUT_DIR/stats.json (articles, words, text_bytes: UTF-8
bytes of the text fields, the MB the benchmark divides by).
"""
import argparse, gzip, json, os, random, sys

ap = argparse.ArgumentParser()
ap.add_argument("orangesum"); ap.add_argument("n", type=int); ap.add_argument("out")
ap.add_argument("--shards", type=int, default=0, help="default: one per 50,000 articles, at least 4")
ap.add_argument("--seed", type=int, default=42)
a = ap.parse_args()

source = []
with gzip.open(a.orangesum, "rt", encoding="utf-8") as fh:
    for line in fh:
        d = json.loads(line)
        paras = [p.split() for p in (d.get("text") or "").split("\n") if p.strip()]
        if paras:
            source.append((d.get("title"), d.get("date"), d.get("source"), d.get("section"), paras))
rng = random.Random(a.seed)
shards = a.shards or max(4, a.n // 50_000)
os.makedirs(a.out, exist_ok=True)
outs = [gzip.open(os.path.join(a.out, f"part-{i:04d}.jsonl.gz"), "wt", encoding="utf-8", compresslevel=1)
        for i in range(shards)]
words = text_bytes = 0
for n in range(a.n):
    title, date, src, section, paras = source[rng.randrange(len(source))]
    paras = paras[:]
    rng.shuffle(paras)
    body, count = [], 0
    while count < 200:
        for p in paras:
            body.append(p[: 300 - count]); count += len(body[-1])
            if count >= 300 or (count >= 200 and rng.random() < 0.5):
                break
        paras = rng.choice(source)[4]
    text = "\n".join(" ".join(p) for p in body if p)
    words += count; text_bytes += len(text.encode("utf-8"))
    outs[n % shards].write(json.dumps({"id": f"b{n}", "title": title, "date": date, "source": src,
                                       "section": section, "text": text}, ensure_ascii=False) + "\n")
for o in outs:
    o.close()
json.dump({"articles": a.n, "words": words, "text_bytes": text_bytes, "shards": shards},
          open(os.path.join(a.out, "stats.json"), "w"))
print(f"generate: {a.n} articles, {words / a.n:.0f} words each, {text_bytes / 1e6:.1f} MB of text, "
      f"{shards} shards in {a.out}", file=sys.stderr)
