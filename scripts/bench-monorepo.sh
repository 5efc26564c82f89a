#!/usr/bin/env bash
# The million-file monorepo benchmark (issue 16): builds, outside the repository, a synthetic
# monorepo of up to 70 renamed copies of ansible_collections (about 930,000 module files, 11 GB,
# imports rewritten so each copy's stay inside it) and measures archlint's cold and warm check,
# peak memory and the read floor on 1, 8 and 70 copies. scripts/bench/monorepo.py says how.
#
# The copies go to $ARCHLINT_CORPORA/monorepo (default: ../corpora next to the repository) and
# are kept for later runs; the ansible 12.2.0 wheel comes from PyPI once.
#
# Usage: scripts/bench-monorepo.sh [--copies 1,8,70] [--runs N] [--archlint PATH]
# Exit status: 0 when measured, 1 when a check failed (a wrong file count, warm differing from
# cold, a tool failing), 2 on a usage error.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
corpora="${ARCHLINT_CORPORA:-$(dirname "$repo")/corpora}"
archlint="" passed=()
while [ $# -gt 0 ]; do
  case "$1" in
    --archlint) [ $# -ge 2 ] || { echo "usage: $0 [--copies 1,8,70] [--runs N] [--archlint PATH]" >&2; exit 2; }
                archlint="$2"; shift ;;
    --copies|--runs) [ $# -ge 2 ] || { echo "usage: $0 [--copies 1,8,70] [--runs N] [--archlint PATH]" >&2; exit 2; }
                passed+=("$1" "$2"); shift ;;
    *) echo "usage: $0 [--copies 1,8,70] [--runs N] [--archlint PATH]" >&2; exit 2 ;;
  esac
  shift
done

if [ -z "$archlint" ]; then
  # The binary as it ships: scripts/release.sh's static build on Linux.
  flags=(); [ "$(uname -s)" = Linux ] && flags=(-Xswiftc -static-executable --scratch-path "$repo/.build-release")
  echo "== building archlint (release${flags[*]:+, static})" >&2
  swift build -c release ${flags[@]+"${flags[@]}"} --package-path "$repo" --product archlint >&2
  archlint="$(swift build -c release ${flags[@]+"${flags[@]}"} --package-path "$repo" --show-bin-path)/archlint"
fi
[ -x "$archlint" ] || { echo "error: $archlint is not an executable" >&2; exit 2; }

original="$corpora/wheels/ansible/ansible_collections"
if [ ! -d "$original" ]; then
  echo "== downloading ansible 12.2.0 from PyPI" >&2
  mkdir -p "$corpora/wheels/downloads"
  python3 -m pip download -q --no-deps --only-binary=:all: ansible==12.2.0 -d "$corpora/wheels/downloads"
  python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' \
    "$corpora/wheels/downloads/ansible-12.2.0-py3-none-any.whl" "$corpora/wheels/ansible"
fi

floor_bin="$corpora/bin/readfloor"
mkdir -p "$corpora/bin"
cc -O2 -pthread -o "$floor_bin" "$repo/scripts/bench/readfloor.c"

exec python3 "$repo/scripts/bench/monorepo.py" --archlint "$archlint" --readfloor "$floor_bin" \
  --original "$original" --work "$corpora/monorepo" ${passed[@]+"${passed[@]}"}
