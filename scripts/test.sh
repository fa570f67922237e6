#!/usr/bin/env bash
# The whole test suite: lint, types, then unit, integration (SQLite and PostgreSQL) and GUI tests.
set -euo pipefail
cd "$(dirname "$0")/.."
# The PDF tests read invoices back with pdftotext/pdftoppm and scan their bar codes with zbarimg.
RESKONTRA_TEST_TOOLS="poppler-utils zbar-tools" scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check desktop_app tests benchmarks
.venv/bin/mypy desktop_app/services desktop_app/models
.venv/bin/pytest "$@"
