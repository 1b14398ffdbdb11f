#!/usr/bin/env bash
# Extract every user-visible string (self.tr, translate("context", …), QT_TRANSLATE_NOOP, ui/*.ui)
# into the translation catalogue resources/translations/cyclades_desktop_en.ts (source: French).
# A translator fills it in with Qt Linguist; `pyside6-lrelease` makes the .qm that
# gui/resources.py loads for that language. Run after changing texts:
#
#     scripts/update_translations.sh            # rewrites the catalogue, keeping its translations
#     scripts/update_translations.sh OUT.ts     # writes (or updates) another file instead
#
# Sources: every module of cyclades_desktop/gui (admin/, candidate/, documents/… included; the
# compiled forms/ are skipped, their .ui is read instead) and every ui/*.ui form.
# lupdate only sees literal texts: tests/gui/test_translations.py fails when a text is hidden from
# it (an alias of translate, tr() on another object, a variable, inside an f-string) or when the
# catalogue is not what this script produces.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-resources/translations/cyclades_desktop_en.ts}"
mkdir -p "$(dirname "$out")"
mapfile -t sources < <(find cyclades_desktop/gui -name '*.py' -not -path '*/forms/*' -not -path '*/__pycache__/*' | LC_ALL=C sort)
mapfile -t forms < <(find ui -maxdepth 1 -name '*.ui' | LC_ALL=C sort)
pyside6-lupdate -source-language fr_FR -target-language en_GB -no-obsolete -locations none \
  "${sources[@]}" "${forms[@]}" -ts "$out"
