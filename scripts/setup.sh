#!/usr/bin/env bash
# Prepare a machine to run Reskontra from source: Qt's system libraries (Debian/Ubuntu, when
# missing and when we may install them) and a virtualenv in .venv with the pinned packages.
# Idempotent and quick when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."

QT_LIBS="libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libxkbcommon0 fonts-dejavu-core"
X_LIBS="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 \
libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0"

if command -v dpkg-query >/dev/null 2>&1; then
  missing=""
  for pkg in $QT_LIBS ${RESKONTRA_WITH_X:+$X_LIBS} ${RESKONTRA_TEST_TOOLS:-}; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
  done
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "Installing system packages:$missing"
      (apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends $missing >/dev/null) \
        || echo "warning: could not install$missing; Qt may not start" >&2
    else
      echo "warning: missing system libraries for Qt:$missing (run as root or: sudo apt-get install$missing)" >&2
    fi
  fi
fi

PY=${PYTHON:-}
if [ -z "$PY" ]; then
  for cand in python3.11 python3.12 python3.13 python3; do
    if command -v "$cand" >/dev/null 2>&1; then PY=$cand; break; fi
  done
fi
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv || { echo "could not create a virtualenv with $PY (apt-get install python3-venv?)" >&2; exit 1; }
fi
stamp=.venv/.reskontra-installed
want=$(cat pyproject.toml | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
  .venv/bin/python -m pip install -q -e ".[dev]"
  echo "$want" > "$stamp"
fi
# Compiled translations (.qm) are built from the .ts sources.
.venv/bin/python -m desktop_app.tools.build_translations >/dev/null
