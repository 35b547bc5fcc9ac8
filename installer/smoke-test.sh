#!/usr/bin/env bash
# Checks a built or installed Relate from the outside, the way a person would use it:
#   installer/smoke-test.sh [EXECUTABLE]     (default: dist/relate-desktop/relate-desktop)
# setup a household, import a sample (every script and an emoji), list agreements, make a PDF,
# check, then start the GUI offscreen with --exit-when-ready. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
EXE=${1:-dist/relate-desktop/relate-desktop}
PYTHON=${PYTHON:-.venv/bin/python}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/config" \
  XDG_DATA_HOME="$scratch/home/data" XDG_CACHE_HOME="$scratch/home/cache"
unset RELATE_DATA_DIR

# The sample the end-to-end tests import (tests/e2e/test_cli.py).
"$PYTHON" -c "
import json, sys
from tests.e2e.test_cli import interchange
json.dump(interchange(), open(sys.argv[1], 'w', encoding='utf-8'), ensure_ascii=False)
" "$scratch/household.json"
agreement=$("$PYTHON" -c "from tests.e2e.test_cli import AGREEMENT; print(AGREEMENT)")

"$EXE" --version
"$EXE" --data-dir "$scratch/solo" setup --person Terry
"$EXE" --data-dir "$scratch/couple" import "$scratch/household.json"
"$EXE" --data-dir "$scratch/couple" agreements
"$EXE" --data-dir "$scratch/couple" export-pdf "$agreement" --out "$scratch/agreement.pdf"
head -c 5 "$scratch/agreement.pdf" | grep -q '%PDF' || { echo "no PDF written" >&2; exit 1; }
"$EXE" --data-dir "$scratch/couple" export-ics --out "$scratch/check-ins.ics"
grep -q 'BEGIN:VCALENDAR' "$scratch/check-ins.ics" || { echo "no calendar written" >&2; exit 1; }
"$EXE" --data-dir "$scratch/couple" search dishes | grep -q . || { echo "search found nothing" >&2; exit 1; }
"$EXE" --data-dir "$scratch/couple" backup
"$EXE" --data-dir "$scratch/couple" check
start=$(date +%s%N)
"$EXE" --data-dir "$scratch/couple" --exit-when-ready
echo "GUI started and exited in $(( ($(date +%s%N) - start) / 1000000 )) ms"
echo "smoke test passed: $EXE"
