#!/usr/bin/env bash
# Usage: .ci/check-notebooks.sh OUTPUT_DIR
# 1. validates OUTPUT_DIR/report.ipynb with nbformat;
# 2. executes a copy of it in OUTPUT_DIR and checks its code cells recompute the same outputs;
# 3. executes notebooks/explore.ipynb headless with SUJETS_OUTPUT=OUTPUT_DIR and checks the
#    executed copy has image outputs and no error output.
# Needs .ci/install-report-tools.sh. Exits non-zero with a message on the first failure.
set -euo pipefail

fail() { echo "check-notebooks: FAIL: $*" >&2; exit 1; }

[ "$#" -eq 1 ] || { echo "usage: $0 OUTPUT_DIR" >&2; exit 2; }
[ -d "$1" ] || fail "no such directory: $1"
OUT=$(cd "$1" && pwd)
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PY=/usr/bin/python3
[ -x "$PY" ] || fail "$PY missing (run .ci/install-report-tools.sh)"
"$PY" -c 'import nbformat, nbconvert, ipykernel, pandas, matplotlib' 2>/dev/null \
  || fail "Python tools missing for $PY (run .ci/install-report-tools.sh)"
[ -f "$OUT/report.ipynb" ] || fail "$OUT/report.ipynb not found"
[ -f "$ROOT/notebooks/explore.ipynb" ] || fail "$ROOT/notebooks/explore.ipynb not found"

TMP=$(mktemp -d)
EXEC_REPORT="$OUT/.report.check-$$.ipynb"
cleanup() { rm -rf "$TMP"; rm -f "$EXEC_REPORT"; }
trap cleanup EXIT
export JUPYTER_RUNTIME_DIR="$TMP/runtime" IPYTHONDIR="$TMP/ipython" MPLCONFIGDIR="$TMP/mpl"
export JUPYTER_PLATFORM_DIRS=1 PYTHONDONTWRITEBYTECODE=1

# 1. Schema validation.
"$PY" - "$OUT/report.ipynb" <<'PY' || fail "report.ipynb is not a valid nbformat 4.5 notebook"
import sys, nbformat
nb = nbformat.read(sys.argv[1], as_version=nbformat.NO_CONVERT)
nbformat.validate(nb)
assert nb.nbformat == 4 and nb.nbformat_minor >= 5, f"nbformat {nb.nbformat}.{nb.nbformat_minor}"
assert all('id' in c for c in nb.cells), "a cell has no id"
print(f"check-notebooks: report.ipynb valid ({len(nb.cells)} cells)")
PY

# 2. report.ipynb re-executed in the run folder recomputes its pre-filled outputs.
cp "$OUT/report.ipynb" "$EXEC_REPORT"
timeout 300 "$PY" -m nbconvert --to notebook --execute --inplace \
  --ExecutePreprocessor.timeout=120 "$EXEC_REPORT" >"$TMP/report.log" 2>&1 \
  || { cat "$TMP/report.log" >&2; fail "executing report.ipynb failed"; }
"$PY" - "$OUT/report.ipynb" "$EXEC_REPORT" <<'PY' || fail "report.ipynb's code does not recompute its outputs"
import math, sys, nbformat
a = nbformat.read(sys.argv[1], as_version=4)
b = nbformat.read(sys.argv[2], as_version=4)
def close(x, y):
    if isinstance(x, float) or isinstance(y, float):
        return isinstance(x, (int, float)) and isinstance(y, (int, float)) and math.isclose(x, y, rel_tol=1e-5, abs_tol=1e-6)
    if isinstance(x, dict):
        return isinstance(y, dict) and x.keys() == y.keys() and all(close(x[k], y[k]) for k in x)
    if isinstance(x, list):
        return isinstance(y, list) and len(x) == len(y) and all(close(p, q) for p, q in zip(x, y))
    return x == y
bad = 0
for ca, cb in zip(a.cells, b.cells):
    if ca.cell_type != 'code':
        continue
    errs = [o for o in cb.outputs if o.output_type == 'error']
    if errs:
        print(f"cell {ca.id}: {errs[0].ename}: {errs[0].evalue}", file=sys.stderr); bad += 1; continue
    da = [o for o in ca.outputs if o.output_type == 'display_data']
    db = [o for o in cb.outputs if o.output_type == 'display_data']
    if len(da) != len(db):
        print(f"cell {ca.id}: {len(da)} outputs stored, {len(db)} recomputed", file=sys.stderr); bad += 1; continue
    for oa, ob in zip(da, db):
        for mime in oa.data:
            if not close(oa.data[mime], ob.data.get(mime)):
                print(f"cell {ca.id}: {mime} differs when recomputed", file=sys.stderr); bad += 1
sys.exit(1 if bad else 0)
PY
echo "check-notebooks: report.ipynb re-executes to the same outputs"

# 3. explore.ipynb on this run.
SUJETS_OUTPUT="$OUT" timeout 300 "$PY" -m nbconvert --to notebook --execute \
  --ExecutePreprocessor.timeout=120 --output-dir "$TMP" --output explore.executed.ipynb \
  "$ROOT/notebooks/explore.ipynb" >"$TMP/explore.log" 2>&1 \
  || { cat "$TMP/explore.log" >&2; fail "executing notebooks/explore.ipynb with SUJETS_OUTPUT=$OUT failed"; }
"$PY" - "$TMP/explore.executed.ipynb" <<'PY' || fail "notebooks/explore.ipynb: missing images or error outputs"
import sys, nbformat
nb = nbformat.read(sys.argv[1], as_version=4)
images = errors = 0
for c in nb.cells:
    for o in c.get('outputs', []):
        if o.output_type == 'error':
            errors += 1
            print(f"cell {c.id}: {o.ename}: {o.evalue}", file=sys.stderr)
        if o.output_type in ('display_data', 'execute_result') and 'image/png' in o.get('data', {}):
            images += 1
print(f"check-notebooks: explore.ipynb executed: {images} images, {errors} errors")
sys.exit(0 if images >= 4 and errors == 0 else 1)
PY
echo "check-notebooks: OK"
