#!/usr/bin/env bash
# Benchmarks archlint against import-linter and Tach on real and generated code, on this machine.
# Everything it downloads or generates lives outside the repository, in $ARCHLINT_CORPORA
# (default: ../corpora next to the repository). Usage: scripts/bench.sh [--runs N] [--only NAME]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
corpora="${ARCHLINT_CORPORA:-$(dirname "$repo")/corpora}"
venv="${ARCHLINT_VENV:-$(dirname "$repo")/refenv}"
mkdir -p "$corpora"

if [ ! -x "$venv/bin/lint-imports" ] || [ ! -x "$venv/bin/tach" ]; then
  echo "== installing import-linter 2.16 and Tach 0.35.3 in $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q grimp==3.19 import-linter==2.16 tach==0.35.3
fi

echo "== building archlint (release)" >&2
swift build -c release --package-path "$repo" >&2
exec "$venv/bin/python" "$repo/scripts/bench/bench.py" --archlint "$repo/.build/release/archlint" \
  --corpora "$corpora" --venv "$venv" "$@"
