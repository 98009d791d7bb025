"""The Python side of the peer benchmark (bench/quality/run.sh). Usage:

  peers.py gensim CORPUS STOPWORDS K OUT_DIR   gensim LdaMulticore end to end: reads and tokenises the
                                              raw corpus itself, dictionary, training, each article's
                                              dominant topic; phase times on stderr
  peers.py tokens CORPUS STOPWORDS OUT.tsv     the same reading, tokenising and dictionary filter,
                                              written as "id TAB - TAB tokens" for MALLET
  peers.py sujets RUN_DIR OUT_DIR [LIST]       a Sujets run's topics.json and articles.csv; LIST is the
                                              topics.json word list scored: words (as Sujets shows
                                              them: by LDAvis relevance at the run's λ, the
                                              default) or probableWords (by probability alone)
  peers.py mallet KEYS DOC_TOPICS OUT_DIR      MALLET's --output-topic-keys and --output-doc-topics
  peers.py cv CORPUS NAME=DIR ...              gensim's c_v of every system's topics, one accumulation

Every OUT_DIR gets topics.tsv (a topic per line, its top 10 shown words tab-separated, a shown word
may be a phrase with spaces) and assign.tsv (id TAB dominant topic), read by BenchHelper peers and
by the cv command. CORPUS is JSON Lines (gzip or not) with id, section, title and text; an article
is its title and its text.

Tokenisation (the same rule as the Java scorer, RawWords): NFC, lowercase, maximal runs of letters
and digits. The peers' own reading (gensim, MALLET) then keeps what a gensim user would: words of
two characters or more that start with a letter and are not stop words (Sujets' own list, exported
by BenchHelper stopwords), and filter_extremes(no_below=5, no_above=0.5)."""
import csv
import gzip
import json
import re
import sys
import time
import unicodedata

TOP = 10
WORD = re.compile(r"[^\W_]+")


def words(text):
    return WORD.findall(unicodedata.normalize("NFC", text).lower())


def articles(corpus):
    """(id, title and text) per article, in corpus order."""
    opener = gzip.open if corpus.endswith(".gz") else open
    with opener(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                a = json.loads(line)
                yield str(a.get("id") or ""), (a.get("title") or "") + "\n" + (a.get("text") or "")


def peer_tokens(corpus, stopwords):
    """ids and token lists after the stop words, and the gensim dictionary filtered of extremes."""
    from gensim.corpora import Dictionary
    stop = set(open(stopwords, encoding="utf-8").read().split())
    ids, docs = [], []
    for aid, text in articles(corpus):
        ids.append(aid)
        docs.append([w for w in words(text) if len(w) >= 2 and w[0].isalpha() and w not in stop])
    read = time.time()
    vocab = Dictionary(docs)
    vocab.filter_extremes(no_below=5, no_above=0.5)
    return ids, docs, vocab, read


def write_system(out, topics, assigned):
    import os
    os.makedirs(out, exist_ok=True)
    with open(f"{out}/topics.tsv", "w", encoding="utf-8") as f:
        for top in topics:
            f.write("\t".join(top[:TOP]) + "\n")
    with open(f"{out}/assign.tsv", "w", encoding="utf-8") as f:
        for aid, topic in assigned:
            f.write(f"{aid}\t{topic}\n")


def run_gensim(corpus, stopwords, k, out):
    from gensim.models import LdaMulticore
    start = time.time()
    ids, docs, vocab, read = peer_tokens(corpus, stopwords)
    bow = [vocab.doc2bow(d) for d in docs]
    built = time.time()
    model = LdaMulticore(bow, id2word=vocab, num_topics=k, workers=2, passes=5, random_state=1)
    trained = time.time()
    assigned = []
    for aid, b in zip(ids, bow):
        if b:  # an article with no word left gets no topic, like Sujets' dropped empty articles
            shares = model.get_document_topics(b, minimum_probability=0.0)
            assigned.append((aid, max(shares, key=lambda ts: ts[1])[0] + 1))
    topics = [[w for w, _ in model.show_topic(t, topn=TOP)] for t in range(k)]
    write_system(out, topics, assigned)
    print(f"gensim: reading and tokenising {read - start:.1f} s, dictionary {built - read:.1f} s, "
          f"training {trained - built:.1f} s, dominant topics {time.time() - trained:.1f} s; "
          f"{len(vocab)} words kept, {len(assigned)} of {len(ids)} articles assigned", file=sys.stderr)


def write_mallet_input(corpus, stopwords, out):
    ids, docs, vocab, _ = peer_tokens(corpus, stopwords)
    kept = vocab.token2id
    with open(out, "w", encoding="utf-8") as f:
        for aid, doc in zip(ids, docs):
            doc = [w for w in doc if w in kept]
            if doc:
                f.write(f"{aid}\t-\t{' '.join(doc)}\n")


def from_sujets(run, out, shown="words"):
    topics = [[w["word"] for w in t[shown]] for t in json.load(open(f"{run}/topics.json", encoding="utf-8"))["topics"]]
    with open(f"{run}/articles.csv", encoding="utf-8", newline="") as f:
        assigned = [(r["id"], r["dominant_topic"]) for r in csv.DictReader(f) if r["dominant_topic"]]
    write_system(out, topics, assigned)


def from_mallet(keys, doc_topics, out):
    topics = [line.rstrip("\n").split("\t")[2].split() for line in open(keys, encoding="utf-8") if line.strip()]
    assigned = []
    for line in open(doc_topics, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cells = line.split()
        shares = [float(x) for x in cells[2:]]  # MALLET 2.0.8: doc, name, then one share per topic
        assigned.append((cells[1], max(range(len(shares)), key=shares.__getitem__) + 1))
    write_system(out, topics, assigned)


def joined_phrases(text, starts):
    """The text's words, each phrase found word after word followed by its joined token."""
    out, pending = [], {}
    for i, w in enumerate(text):
        out.append(w)
        for phrase in starts.get(w, ()):
            if tuple(text[i:i + len(phrase)]) == phrase:
                pending.setdefault(i + len(phrase) - 1, []).append("_".join(phrase))
        out.extend(pending.pop(i, ()))
    return out


def coherence_cv(corpus, systems):
    from gensim.corpora import Dictionary
    from gensim.models.coherencemodel import CoherenceModel
    tops = {}
    for name, folder in systems:
        tops[name] = [[tuple(words(w)) for w in line.rstrip("\n").split("\t")[:TOP] if words(w)]
                      for line in open(f"{folder}/topics.tsv", encoding="utf-8") if line.strip()]
    starts = {}
    for topics in tops.values():
        for top in topics:
            for w in top:
                if len(w) > 1 and w not in starts.get(w[0], ()):
                    starts.setdefault(w[0], []).append(w)
    texts = [joined_phrases(words(text), starts) for _, text in articles(corpus)]
    vocab = Dictionary(texts)
    flat, owners, absent = [], [], set()
    for name, topics in tops.items():
        for top in topics:
            tokens = ["_".join(w) for w in top]
            absent.update(t for t in tokens if t not in vocab.token2id)
            flat.append([t for t in tokens if t in vocab.token2id])
            owners.append(name)
    if absent:
        print(f"c_v: left out, never in the corpus: {' '.join(sorted(absent))}", file=sys.stderr)
    scores = CoherenceModel(topics=flat, texts=texts, dictionary=vocab, coherence="c_v",
                            topn=TOP, processes=1).get_coherence_per_topic()
    for name in tops:
        mine = [s for s, owner in zip(scores, owners) if owner == name]
        print(f"{name}\t{sum(mine) / len(mine):.4f}")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "gensim":
        run_gensim(args[0], args[1], int(args[2]), args[3])
    elif command == "tokens":
        write_mallet_input(*args)
    elif command == "sujets":
        from_sujets(*args)
    elif command == "mallet":
        from_mallet(*args)
    elif command == "cv":
        coherence_cv(args[0], [a.split("=", 1) for a in args[1:]])
    else:
        sys.exit(f"unknown command {command}")
