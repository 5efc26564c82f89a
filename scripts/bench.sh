#!/usr/bin/env bash
# Benchmarks archlint against import-linter and Tach on real and generated code, on this machine,
# and against the read floor (scripts/bench/readfloor.c: the same files read with two threads).
# Everything it downloads or generates lives outside the repository, in $ARCHLINT_CORPORA
# (default: ../corpora next to the repository).
#
# Usage: scripts/bench.sh [--runs N] [--only django|ansible|synthetic|swift]... [--archlint [LABEL=]PATH]...
#   --runs N       timed runs per measurement, after a warm-up (default 5); medians are reported
#   --only NAME    measure only this workload (repeatable; default: all four)
#   --archlint [LABEL=]PATH
#                  measure this archlint binary instead of building this repository (as it ships:
#                  scripts/release.sh's static build on Linux); repeat it to
#                  measure several builds side by side in one run (interleaved runs, one cache
#                  folder each; the builds must agree on every verdict)
# Before timing, each workload checks that every tool ran and did the same work (scripts/bench/bench.py
# says how); it stops with exit 1 when one did not, 2 on a usage error.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
corpora="${ARCHLINT_CORPORA:-$(dirname "$repo")/corpora}"
venv="${ARCHLINT_VENV:-$(dirname "$repo")/refenv}"

passed=() builds=()
while [ $# -gt 0 ]; do
  case "$1" in
    --archlint)
      [ $# -ge 2 ] || { echo "usage: $0 [--runs N] [--only NAME]... [--archlint [LABEL=]PATH]..." >&2; exit 2; }
      builds+=(--archlint "$2"); shift ;;
    --archlint=*) builds+=(--archlint "${1#--archlint=}") ;;
    *) passed+=("$1") ;;
  esac
  shift
done
mkdir -p "$corpora"

if [ ! -x "$venv/bin/lint-imports" ] || [ ! -x "$venv/bin/tach" ]; then
  echo "== installing import-linter 2.16 and Tach 0.35.3 in $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q grimp==3.19 import-linter==2.16 tach==0.35.3
fi

if [ ${#builds[@]} = 0 ]; then
  # The binary as it ships: scripts/release.sh's static build on Linux (it starts in 1 ms where the
  # dynamically linked one spends 4.5 ms binding symbols, most of a warm run's difference).
  flags=(); [ "$(uname -s)" = Linux ] && flags=(-Xswiftc -static-executable --scratch-path "$repo/.build-release")
  echo "== building archlint (release${flags[*]:+, static})" >&2
  swift build -c release ${flags[@]+"${flags[@]}"} --package-path "$repo" --product archlint >&2
  builds=(--archlint "$(swift build -c release ${flags[@]+"${flags[@]}"} --package-path "$repo" --show-bin-path)/archlint")
fi
# The read floor: a small C reader of the same files (scripts/bench/readfloor.c).
mkdir -p "$corpora/bin"
cc -O2 -pthread -o "$corpora/bin/readfloor" "$repo/scripts/bench/readfloor.c"
exec "$venv/bin/python" "$repo/scripts/bench/bench.py" "${builds[@]}" --readfloor "$corpora/bin/readfloor" \
  --corpora "$corpora" --venv "$venv" ${passed[@]+"${passed[@]}"}
