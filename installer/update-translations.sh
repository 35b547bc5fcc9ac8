#!/usr/bin/env bash
# Refreshes the interface translations after a change to the words in relate_desktop/ui:
#   1. pyside6-lupdate collects every tr()/translate() text into resources/translations/*.ts
#      (new ones arrive untranslated; translate them with pyside6-linguist or any .ts editor);
#   2. pyside6-lrelease compiles each .ts into the .qm file the app loads.
# Both .ts and .qm are committed, so neither the app nor the bundle build needs Qt's tools.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
sources=$(ls relate_desktop/ui/*.py relate_desktop/ui/wizard/*.py)
for ts in resources/translations/relate_*.ts; do
  lang=${ts##*/relate_}; lang=${lang%.ts}
  # shellcheck disable=SC2086
  "$BIN/pyside6-lupdate" -no-obsolete -source-language en -target-language "$lang" $sources -ts "$ts"
  if [ "$lang" = en ]; then "$BIN/python" installer/fill_english.py "$ts"; fi
  "$BIN/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done
