#!/usr/bin/env python3
"""Topic recovery of a Sujets run on a synthetic corpus (synthetic.py) against the known topics.

recovery = mean over the true topics of |true top 10 ∩ found top 10| / 10, true and found topics
matched one to one so that the total overlap is largest (Hungarian method). Found top 10 = the 10
most probable words of each topic in topics.json ("probableWords"; "words", ranked by relevance,
in runs written before probableWords existed).
Words are compared as strings after lowercasing and Unicode NFC: the synthetic corpus writes each
stem with a single surface form and Sujets shows each stem's most frequent surface form, so the
two name a stem alike. Found words that are not words of the synthetic vocabulary (a joined
phrase, say) are counted and can only lower the score.

usage: recovery.py TRUTH.json RUN_DIR [--top 10]     prints one JSON object
Python 3 standard library only.
"""
import argparse, json, math, os, unicodedata


def norm(w):
    return unicodedata.normalize("NFC", w).lower()


def hungarian_max(score):
    """Assignment row -> column maximising the total score of a square matrix (O(n^3) potentials)."""
    n = len(score)
    big = max(max(r) for r in score)
    cost = [[big - v for v in r] for r in score]
    u, v, p, way = [0.0] * (n + 1), [0.0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [math.inf] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], math.inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta; v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]; p[j0] = p[j1]; j0 = j1
    assignment = [0] * n
    for j in range(1, n + 1):
        if p[j]:
            assignment[p[j] - 1] = j - 1
    return assignment


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("truth"); ap.add_argument("run"); ap.add_argument("--top", type=int, default=10)
    a = ap.parse_args()
    truth = json.load(open(a.truth, encoding="utf-8"))
    topics = json.load(open(os.path.join(a.run, "topics.json"), encoding="utf-8"))
    run = json.load(open(os.path.join(a.run, "run.json"), encoding="utf-8"))
    true_top = [[norm(w) for w in t["words"][: a.top]] for t in truth["topics"]]
    found_top = [[norm(w["word"]) for w in t.get("probableWords", t["words"])[: a.top]] for t in topics["topics"]]
    if len(true_top) != len(found_top):
        raise SystemExit(f"{len(true_top)} true topics but {len(found_top)} found: run with -k {len(true_top)}")
    known = set()
    for t in truth["topics"]:
        known.update(norm(w) for w in t["words"])
    n = len(true_top)
    overlap = [[len(set(t) & set(f)) for f in found_top] for t in true_top]
    match = hungarian_max(overlap)
    per_topic = [overlap[i][match[i]] / a.top for i in range(n)]
    words_file = os.path.join(os.path.dirname(os.path.abspath(__file__)), "french-words.txt")
    vocab = {norm(w.strip()) for w in open(words_file, encoding="utf-8") if not w.startswith("#")} if os.path.exists(words_file) else known
    quality = run.get("quality", {})
    print(json.dumps({
        "recovery": round(sum(per_topic) / n, 4),
        "perfectTopics": sum(1 for x in per_topic if x == 1.0),
        "worstTopics": sorted(round(x, 2) for x in per_topic)[:3],
        "foundWordsOutsideVocabulary": sum(1 for f in found_top for w in f if w not in vocab),
        "npmi": topics.get("coherence"),
        "diversity": topics.get("diversity"),
        "dominantTopicNmi": quality.get("sectionNmi"),
        "phrasesLearned": run["parameters"].get("phrasesLearned"),
        "iterations": run["parameters"].get("iterations"),
        "subsamplingRate": run["parameters"].get("subsamplingRate"),
        "learningOffset": run["parameters"].get("learningOffset"),
        "ldaSeconds": run["stageSeconds"].get("LDA"),
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
