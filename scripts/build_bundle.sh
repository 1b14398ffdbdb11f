#!/usr/bin/env bash
# Build the PyInstaller one-folder bundle (build.spec), then start it headless with --smoke:
# it must open a fresh database, load every form, icon, style sheet and Qt plugin, and exit 0.
#   scripts/build_bundle.sh            -> build/dist/cyclades-desktop/cyclades-desktop
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
DIST=build/dist
WORK=build/work
start=$(date +%s)
"$python" scripts/compile_forms.py --check
"$python" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$DIST" --workpath "$WORK" build.spec
built=$(date +%s)
BUNDLE="$DIST/cyclades-desktop"
echo "Bundle : $BUNDLE ($(du -sh "$BUNDLE" | cut -f1), $(find "$BUNDLE" -type f | wc -l) fichiers, construit en $((built - start)) s)"

SMOKE=$(mktemp -d /tmp/cyclades-smoke.XXXXXX)
trap 'rm -rf "$SMOKE"' EXIT
# headless: no display, no keyring, a throwaway database and log folder
env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring \
    HOME="$SMOKE" XDG_DATA_HOME="$SMOKE/data" XDG_CONFIG_HOME="$SMOKE/config" \
    "$BUNDLE/cyclades-desktop" --smoke --database "sqlite:///$SMOKE/smoke.db" --log-dir "$SMOKE/log"
echo "Vérification du bundle : OK ($(( $(date +%s) - built )) s)"
