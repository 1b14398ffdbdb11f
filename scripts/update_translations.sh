#!/usr/bin/env bash
# Extract every user-visible string (self.tr, QCoreApplication.translate, ui/*.ui) into the
# translation catalogue resources/translations/cyclades_desktop_en.ts (source: French).
# A translator fills it in with Qt Linguist; `pyside6-lrelease` makes the .qm that
# gui/resources.py loads for that language. Run after changing texts.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p resources/translations
pyside6-lupdate -source-language fr_FR -target-language en_GB -no-obsolete \
  $(find cyclades_desktop/gui -name '*.py' -not -path '*/forms/*' | sort) ui/*.ui \
  -ts resources/translations/cyclades_desktop_en.ts
