#!/usr/bin/env bash
# Runs the declared_dependencies contract on every Swift package cloned under
# $ARCHLINT_CORPORA/swift/NAME (default /work/corpora; scripts/compare-swift-packages.sh makes
# the clones: the highest tag of each mirrored package) and counts what real packages break:
# undeclared imports (of a workspace target, of a declared product's module) and unused
# dependencies (of a target, of a product), split by test and non-test targets, with examples.
# Most clones have no .build/checkouts, so a product's module is taken to be its name (each
# violation's note says which was used); run `swift package resolve` in a clone to compare.
#
# Usage: scripts/declared-dependencies-survey.sh [--only NAME]... [--examples N]
# ARCHLINT_BIN overrides the archlint executable (default: this checkout's debug build, built first).
# Exit status: 0 when every package could be checked, 1 when one could not, 2 on a usage error.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
corpora="${ARCHLINT_CORPORA:-/work/corpora}"
only=() examples=3
while [ $# -gt 0 ]; do
  case "$1" in
    --only) only+=("$2"); shift ;;
    --examples) examples="$2"; shift ;;
    *) echo "usage: $0 [--only NAME]... [--examples N]" >&2; exit 2 ;;
  esac
  shift
done

bin="${ARCHLINT_BIN:-}"
if [ -z "$bin" ]; then
  swift build --package-path "$repo" --product archlint >&2
  bin="$(swift build --package-path "$repo" --show-bin-path)/archlint"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for dir in "$corpora"/swift/*/; do
  name="$(basename "$dir")"
  if [ ${#only[@]} -gt 0 ] && [[ " ${only[*]} " != *" $name "* ]]; then continue; fi
  [ -f "$dir/Package.swift" ] || continue
  # The configuration sits in the package folder, so reported paths are relative to the package.
  config="$dir/.archlint-declared.json"
  printf '%s\n' '{ "swift": { "packages": ["."] }, "contracts": [' \
    '{ "id": "declared", "name": "declared", "type": "declared_dependencies" } ] }' > "$config"
  status=0
  "$bin" check --format json --no-cache --config "$config" > "$work/$name.json" 2> "$work/$name.err" || status=$?
  rm -f "$config"
  echo "$status" > "$work/$name.status"
done

python3 "$repo/scripts/survey/declared_dependencies.py" "$work" "$examples"
