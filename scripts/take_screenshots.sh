#!/usr/bin/env bash
# Take docs/screenshots/*.png from the real application under Xvfb, on a fresh demo database.
#   scripts/take_screenshots.sh [output dir]      (needs: apt-get install xvfb xauth + Qt's xcb libraries)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-docs/screenshots}
WORK=$(mktemp -d /tmp/cyclades-shots.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config" XDG_STATE_HOME="$WORK/state"
export PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring
unset QT_QPA_PLATFORM
python=${PYTHON:-python3}
xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" \
  "$python" -m cyclades_desktop --demo --screenshot-dir "$OUT" --settings-file "$WORK/settings.ini" --log-dir "$WORK/log"
ls -1 "$OUT"/*.png
