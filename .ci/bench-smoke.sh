#!/usr/bin/env bash
# The peer quality benchmark (bench/quality/run.sh) at a tiny size: Sujets (its words and its
# probableWords), gensim and MALLET on
# OrangeSum's first 300 articles, scored by the one scorer. It checks that the script still runs
# end to end and gives every system a score in range; no figure is compared, since a tiny corpus
# and a busy CI machine say nothing about quality or speed (run the real benchmark on a quiet
# machine, see docs/quality.md).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
WORK=target/bench-smoke
rm -rf "$WORK" && mkdir -p "$WORK"
if ! LIMIT=300 MALLET_SWEEPS=20 SYSTEMS="sujets sujets-probable gensim mallet" bash bench/quality/run.sh "$WORK" \
    > "$WORK/run.log" 2>&1; then
  tail -30 "$WORK/run.log" >&2
  echo "bench-smoke: bench/quality/run.sh failed (log: $WORK/run.log)" >&2
  exit 1
fi
/usr/bin/python3 - "$WORK/results.md" <<'PY'
import sys
rows = [l.strip().strip("|").split("|") for l in open(sys.argv[1], encoding="utf-8") if l.startswith("| ")][1:]
systems = [r[0].strip() for r in rows]
assert len(rows) == 4 and [s.split()[0] for s in systems] == ["Sujets", "Sujets", "gensim", "MALLET"], systems
assert "probableWords" in systems[1], systems
for r in rows:
    name, wall, exact, stems, cv, nmi, assigned = [c.strip() for c in r[:7]]
    assert float(wall) > 0, (name, wall)
    for label, v, lo in (("NPMI exact", exact, -1), ("NPMI inflections", stems, -1), ("c_v", cv, 0), ("section NMI", nmi, 0)):
        assert lo <= float(v) <= 1, (name, label, v)
    assert 250 <= int(assigned) <= 300, (name, "articles assigned", assigned)
print("bench-smoke: " + "; ".join(f"{r[0].strip()} NPMI {r[2].strip()}" for r in rows))
PY
