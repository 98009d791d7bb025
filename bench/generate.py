#!/usr/bin/env python3
"""Benchmark corpora from OrangeSum: N articles of 200–300 words, written as gzip JSON Lines shards.

Real archives are mostly distinct articles with some wire copy, and the benchmark must look like
that at every size: resampling whole OrangeSum articles would make a 1M corpus 28 copies of each
of its 36k articles, and the near-duplicate stage (and the LDA fit on one article per cluster)
would then measure the generator, not the job. So each article is stitched from sentence runs:
  - a run of consecutive sentences from a primary article (60 % of the length; title, date,
    source and section come from it),
  - topped up with runs from one or two other articles of the same section, up to a length drawn
    uniformly in [200, 300] words;
  - with probability --wire (5 %, OrangeSum has 6.4 %) the article is instead a wire copy of one
    of the last 1,000 generated articles: the same sentences with one dropped and the source,
    date and id of its own (stats.json counts them).
Two articles sharing a primary article share part of a sentence run at most (Jaccard of 5-term
shingles well below the job's 0.5), so clusters come from the wire copies. Deterministic (seed).

usage: generate.py ORANGESUM.jsonl.gz N OUT_DIR [--shards S] [--seed 42] [--wire 0.05]
Writes OUT_DIR/part-<i>.jsonl.gz and OUT_DIR/stats.json (articles, words, text_bytes: UTF-8
bytes of the text fields, the MB the benchmark divides by; wire_copies).
"""
import argparse, collections, gzip, json, os, random, re, sys

ap = argparse.ArgumentParser()
ap.add_argument("orangesum"); ap.add_argument("n", type=int); ap.add_argument("out")
ap.add_argument("--shards", type=int, default=0, help="default: one per 50,000 articles, at least 4")
ap.add_argument("--seed", type=int, default=42)
ap.add_argument("--wire", type=float, default=0.05, help="share of wire copies, default 0.05")
a = ap.parse_args()

SENTENCE_END = re.compile(r"(?<=[.!?»])\s+(?=[«\"A-ZÀ-ÖØ-Þ0-9])")
source, by_section = [], collections.defaultdict(list)
with gzip.open(a.orangesum, "rt", encoding="utf-8") as fh:
    for line in fh:
        d = json.loads(line)
        sentences = [s.split() for p in (d.get("text") or "").split("\n") for s in SENTENCE_END.split(p.strip())]
        sentences = [s for s in sentences if s]
        if sentences:
            by_section[d.get("section")].append(len(source))
            source.append((d.get("title"), d.get("date"), d.get("source"), d.get("section"), sentences))
sources = sorted({s[2] for s in source if s[2]}) or ["agence"]
rng = random.Random(a.seed)


def run_of(sentences, words):
    """Consecutive sentences from a random start, about `words` words (at least one sentence)."""
    start = rng.randrange(len(sentences))
    out, count = [], 0
    for s in sentences[start:] + sentences[:start]:
        if out and count + len(s) > words:
            break
        out.append(s); count += len(s)
    return out, count


shards = a.shards or max(4, a.n // 50_000)
os.makedirs(a.out, exist_ok=True)
outs = [gzip.open(os.path.join(a.out, f"part-{i:04d}.jsonl.gz"), "wt", encoding="utf-8", compresslevel=1)
        for i in range(shards)]
recent = collections.deque(maxlen=1000)
words = text_bytes = wire = 0
for n in range(a.n):
    if recent and rng.random() < a.wire:
        title, date, _, section, body = recent[rng.randrange(len(recent))]
        body = body[:]
        if len(body) > 2:
            del body[rng.randrange(len(body))]
        src = rng.choice(sources)
        wire += 1
    else:
        title, date, src, section, sentences = source[rng.randrange(len(source))]
        target = rng.randint(200, 300)
        body, count = run_of(sentences, int(target * 0.6))
        peers = by_section[section]
        while count < target:
            more, c = run_of(source[rng.choice(peers)][4], target - count)
            body += more; count += c
        recent.append((title, date, src, section, body))
    count = sum(len(s) for s in body)
    # Paragraphs of about three sentences, as in the source.
    text = "\n".join(" ".join(" ".join(s) for s in body[i:i + 3]) for i in range(0, len(body), 3))
    words += count; text_bytes += len(text.encode("utf-8"))
    outs[n % shards].write(json.dumps({"id": f"b{n}", "title": title, "date": date, "source": src,
                                       "section": section, "text": text}, ensure_ascii=False) + "\n")
for o in outs:
    o.close()
json.dump({"articles": a.n, "words": words, "text_bytes": text_bytes, "shards": shards, "wire_copies": wire,
           "generator": 2}, open(os.path.join(a.out, "stats.json"), "w"))
print(f"generate: {a.n} articles, {words / a.n:.0f} words each, {text_bytes / 1e6:.1f} MB of text, "
      f"{wire} wire copies, {shards} shards in {a.out}", file=sys.stderr)
