#!/usr/bin/env python3
"""Per-article cost of two benchmark runs, stage by stage: the linearity check of bench/run.sh.
usage: linearity.py SMALL_RESULT_DIR LARGE_RESULT_DIR   (e.g. bench/work/result-100000 bench/work/result-1000000)
A ratio of 1.0 means the stage costs the same per article at both sizes; the target is <= 1.3
for the whole job. Both runs should come from the same commit on a similarly loaded machine."""
import json, os, sys

def load(res):
    run = json.load(open(os.path.join(res, "out", "run.json")))
    return run["counts"]["articles"], run["stageSeconds"]

(n1, s1), (n2, s2) = load(sys.argv[1]), load(sys.argv[2])
print(f"{'stage':<12}{'ms/article':>11}{'ms/article':>11}{'ratio':>7}")
print(f"{'':<12}{n1:>11,}{n2:>11,}")
for stage in s2:
    if stage in s1 and s1[stage] > 0:
        a, b = 1e3 * s1[stage] / n1, 1e3 * s2[stage] / n2
        print(f"{stage:<12}{a:>11.3f}{b:>11.3f}{b / a:>7.2f}")
t1, t2 = 1e3 * sum(s1.values()) / n1, 1e3 * sum(s2.values()) / n2
print(f"{'all stages':<12}{t1:>11.3f}{t2:>11.3f}{t2 / t1:>7.2f}")
