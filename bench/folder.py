#!/usr/bin/env python3
"""Writes a JSON Lines corpus as one .txt file per article in nested folders, as archives often
arrive: OUT_DIR/<section>/<yyyy-mm>/<id>.txt, the title on the first line, a blank line, the text.
Articles without a section or date go to "sans-rubrique" / "sans-date". With --per-folder K the
second level is instead a block number, K files per folder (OUT_DIR/<section>/<nnnnn>/<id>.txt),
so that a large corpus has bounded folders whatever its dates (bench/small-files.sh: 1,000).

usage: bench/folder.py CORPUS.jsonl[.gz] [CORPUS...] OUT_DIR [--limit N] [--per-folder K]
"""
import argparse
import collections
import gzip
import json
import os
import re


def folder_name(value, fallback):
    value = (value or "").strip().lower()
    return re.sub(r"[^a-z0-9-]+", "-", value).strip("-") or fallback


def articles(paths):
    for path in paths:
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                yield json.loads(line)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("corpus", nargs="+")
    p.add_argument("out")
    p.add_argument("--limit", type=int, default=0)
    p.add_argument("--per-folder", type=int, default=0)
    a = p.parse_args()
    written = size = 0
    per_section = collections.Counter()
    made = set()
    for article in articles(a.corpus):
        section = folder_name(article.get("section"), "sans-rubrique")
        if a.per_folder:
            second = f"{per_section[section] // a.per_folder:05d}"
            per_section[section] += 1
        else:
            second = (article.get("date") or "")[:7] or "sans-date"
        folder = os.path.join(a.out, section, second)
        if folder not in made:
            os.makedirs(folder, exist_ok=True)
            made.add(folder)
        name = folder_name(str(article["id"]), "article") + ".txt"
        content = ((article.get("title") or "").strip() + "\n\n" + (article.get("text") or "") + "\n").encode("utf-8")
        with open(os.path.join(folder, name), "wb") as f:
            f.write(content)
        size += len(content)
        written += 1
        if a.limit and written >= a.limit:
            break
    print(json.dumps({"files": written, "folders": len(made), "bytes": size, "out": a.out}))


if __name__ == "__main__":
    main()
