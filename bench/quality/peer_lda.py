"""Fits a peer LDA on the exported terms (id TAB space-separated terms) and writes one topic per
line: its top 25 terms, most probable first. Usage: peer_lda.py gensim|sklearn TERMS K OUT"""
import sys

system, terms, k, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
docs = [line.rstrip("\n").split("\t", 1)[1].split() for line in open(terms, encoding="utf-8") if "\t" in line]

if system == "gensim":
    from gensim.corpora import Dictionary
    from gensim.models import LdaMulticore
    vocab = Dictionary(docs)
    vocab.filter_extremes(no_below=5, no_above=0.5, keep_n=100000)
    bow = [vocab.doc2bow(d) for d in docs]
    model = LdaMulticore(bow, id2word=vocab, num_topics=k, workers=2, passes=5, random_state=42)
    topics = [[vocab[i] for i, _ in model.get_topic_terms(t, topn=25)] for t in range(k)]
else:
    from sklearn.decomposition import LatentDirichletAllocation
    from sklearn.feature_extraction.text import CountVectorizer
    vec = CountVectorizer(analyzer=lambda d: d, min_df=5, max_df=0.5)
    x = vec.fit_transform(docs)
    model = LatentDirichletAllocation(n_components=k, learning_method="online", max_iter=10,
                                      n_jobs=2, random_state=42).fit(x)
    names = vec.get_feature_names_out()
    topics = [[names[i] for i in row.argsort()[::-1][:25]] for row in model.components_]

with open(out, "w", encoding="utf-8") as f:
    for words in topics:
        f.write(" ".join(words) + "\n")
