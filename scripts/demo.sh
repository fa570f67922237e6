#!/usr/bin/env bash
# Start Reskontra in offline demo mode (a fresh demo database in a temporary place).
set -euo pipefail
cd "$(dirname "$0")/.."
RESKONTRA_WITH_X=1 scripts/setup.sh
exec .venv/bin/reskontra gui --demo "$@"
