#!/usr/bin/env python3
"""Synthetic corpus with known topics: LDA's generative process over real French words.

  k topics, each a distribution φ_t over the vocabulary; per article θ ~ Dirichlet(α) (symmetric),
  a length L ~ uniform[min-len, max-len], then L times: z ~ θ, w ~ φ_z. Title: 8 more words drawn
  the same way. Words are real French words, one surface form per Lucene stem (see words below), so
  Sujets' readable topic words and the truth are compared as the same strings.

Topic distributions (--phi):
  zipf (default): each topic has `--support` words, weights ∝ 1/rank (rank 1..support); its 10
    most probable words are its own (no other topic uses them), the rest of its support is drawn
    from the whole vocabulary (shared with other topics). The true top 10 are separated from the
    11th by ≥ 9 % of probability, so "the top 10" is well defined.
  dirichlet: φ_t ~ Dirichlet(β) over the whole vocabulary (β = --beta), the textbook process; its
    top 10 can be near-ties, so a perfect model may still miss a word there.

Words (--words): a file with one word per line, most frequent first (bench/quality/french-words.txt,
made by --words-from-model from a Sujets run on OrangeSum: the readable words of its vocabulary,
i.e. the most frequent surface form of each stem, kept when lowercase letters only and ≥ 3 long,
most frequent in OrangeSum first; stop words are not in a Sujets vocabulary to begin with).

usage: synthetic.py N OUT.jsonl --truth TRUTH.json [--topics 20] [--seed 42] [--alpha 0.1] ...
       synthetic.py --words-from-model RUN/model/model.json CORPUS.jsonl[.gz] OUT_WORDS.txt
Each article: {"id", "title", "date", "section", "text"}; section is "t<NN>", the article's largest
true topic (so run.json's sectionNmi is the agreement of found and true dominant topics).
Truth: {"k", "phi", "alpha", ..., "topics": [{"id", "words": [top 25], "weights": [...]}]}.
Deterministic for a given seed. Python 3 standard library only.
"""
import argparse, bisect, collections, datetime, gzip, itertools, json, random, re, sys

WORD = re.compile(r"^[a-zàâäçéèêëîïôöùûüÿœæ]{3,}$")


def words_from_model(model_json, corpus, out):
    """The model's readable words (one per stem), letters only, ≥ 3 long, most frequent in the corpus first."""
    words = json.load(open(model_json, encoding="utf-8"))["words"]
    kept = {w for w in words if WORD.match(w)}
    counts = collections.Counter()
    with gzip.open(corpus, "rt", encoding="utf-8") if corpus.endswith(".gz") else open(corpus, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            counts.update(t for t in re.split(r"[^\w]+", (d.get("text") or "").lower()) if t in kept)
    ranked = sorted(kept, key=lambda w: (-counts[w], w))
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(ranked) + "\n")
    print(f"{len(ranked)} words of {len(words)} written to {out}", file=sys.stderr)


def topic_distributions(rng, a, vocab):
    """[(words, weights)] per topic, weights summing to 1, most probable first."""
    k = a.topics
    if a.phi == "dirichlet":
        topics = []
        for _ in range(k):
            g = [rng.gammavariate(a.beta, 1.0) for _ in vocab]
            s = sum(g)
            order = sorted(range(len(vocab)), key=lambda i: -g[i])
            topics.append(([vocab[i] for i in order], [g[i] / s for i in order]))
        return topics
    own = 10
    if k * own > len(vocab):
        sys.exit(f"need at least {k * own} words, got {len(vocab)}")
    shuffled = vocab[:]
    rng.shuffle(shuffled)
    anchors = [shuffled[t * own:(t + 1) * own] for t in range(k)]
    rest = shuffled[k * own:]
    weights = [1.0 / r for r in range(1, a.support + 1)]
    total = sum(weights)
    topics = []
    for t in range(k):
        tail = rng.sample(rest, a.support - own)
        topics.append((anchors[t] + tail, [w / total for w in weights]))
    return topics


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, nargs="?"); ap.add_argument("out", nargs="?")
    ap.add_argument("--truth")
    ap.add_argument("--words", default=None, help="word list, one a line (default: french-words.txt beside this script)")
    ap.add_argument("--vocab", type=int, default=5000, help="use the first V words of the list (default 5000)")
    ap.add_argument("--topics", type=int, default=20)
    ap.add_argument("--phi", choices=["zipf", "dirichlet"], default="zipf")
    ap.add_argument("--support", type=int, default=200, help="zipf: words per topic (default 200)")
    ap.add_argument("--beta", type=float, default=0.01, help="dirichlet: β (default 0.01)")
    ap.add_argument("--alpha", type=float, default=0.1, help="symmetric θ prior (default 0.1)")
    ap.add_argument("--min-len", type=int, default=200); ap.add_argument("--max-len", type=int, default=300)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--words-from-model", nargs=3, metavar=("MODEL_JSON", "CORPUS", "OUT_WORDS"))
    a = ap.parse_args()
    if a.words_from_model:
        words_from_model(*a.words_from_model)
        return
    if a.n is None or a.out is None or a.truth is None:
        ap.error("N, OUT and --truth are required")
    import os
    path = a.words or os.path.join(os.path.dirname(os.path.abspath(__file__)), "french-words.txt")
    vocab = [w.strip() for w in open(path, encoding="utf-8") if w.strip() and not w.startswith("#")][: a.vocab]
    rng = random.Random(a.seed)
    topics = topic_distributions(rng, a, vocab)
    cums = [list(itertools.accumulate(p)) for _, p in topics]
    k = a.topics
    start = datetime.date(2022, 1, 1)
    with open(a.out, "w", encoding="utf-8") as fh:
        for n in range(a.n):
            g = [rng.gammavariate(a.alpha, 1.0) for _ in range(k)]
            s = sum(g) or 1.0
            theta = [x / s for x in g]
            length = rng.randint(a.min_len, a.max_len)
            z = rng.choices(range(k), weights=theta, k=length + 8)
            tokens = []
            for t in z:
                ws, cum = topics[t][0], cums[t]
                tokens.append(ws[min(bisect.bisect(cum, rng.random() * cum[-1]), len(ws) - 1)])
            title, body = tokens[:8], tokens[8:]
            sentences, i = [], 0
            while i < len(body):  # sentences of 10–20 words: plain text, as a news article reads
                j = i + rng.randint(10, 20)
                sentences.append(" ".join(body[i:j]).capitalize() + ".")
                i = j
            fh.write(json.dumps({
                "id": f"s{n:06d}",
                "title": " ".join(title).capitalize(),
                "date": (start + datetime.timedelta(days=rng.randrange(730))).isoformat(),
                "section": f"t{max(range(k), key=lambda t: theta[t]) + 1:02d}",
                "text": " ".join(sentences),
            }, ensure_ascii=False) + "\n")
    truth = {"k": k, "phi": a.phi, "alpha": a.alpha, "beta": a.beta if a.phi == "dirichlet" else None,
             "support": a.support if a.phi == "zipf" else len(vocab), "vocab": len(vocab), "seed": a.seed,
             "articles": a.n, "lengths": [a.min_len, a.max_len],
             "topics": [{"id": t + 1, "words": ws[:25], "weights": [round(p, 6) for p in ps[:25]]}
                        for t, (ws, ps) in enumerate(topics)]}
    with open(a.truth, "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
