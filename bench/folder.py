#!/usr/bin/env python3
"""Writes a JSON Lines corpus as one .txt file per article in nested folders, as archives often
arrive: OUT_DIR/<section>/<yyyy-mm>/<id>.txt, the title on the first line, a blank line, the text.
Articles without a section or date go to "sans-rubrique" / "sans-date".

usage: bench/folder.py CORPUS.jsonl[.gz] OUT_DIR [--limit N]
"""
import argparse
import gzip
import json
import os
import re


def folder_name(value, fallback):
    value = (value or "").strip().lower()
    return re.sub(r"[^a-z0-9-]+", "-", value).strip("-") or fallback


def main():
    p = argparse.ArgumentParser()
    p.add_argument("corpus")
    p.add_argument("out")
    p.add_argument("--limit", type=int, default=0)
    a = p.parse_args()
    opener = gzip.open if a.corpus.endswith(".gz") else open
    written = 0
    with opener(a.corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            section = folder_name(article.get("section"), "sans-rubrique")
            month = (article.get("date") or "")[:7] or "sans-date"
            folder = os.path.join(a.out, section, month)
            os.makedirs(folder, exist_ok=True)
            name = folder_name(str(article["id"]), "article") + ".txt"
            with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                f.write((article.get("title") or "").strip() + "\n\n" + (article.get("text") or "") + "\n")
            written += 1
            if a.limit and written >= a.limit:
                break
    print(json.dumps({"files": written, "out": a.out}))


if __name__ == "__main__":
    main()
