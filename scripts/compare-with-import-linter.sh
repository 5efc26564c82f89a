#!/usr/bin/env bash
# Runs import-linter 2.16 and archlint with the same contracts on the wheels of Django 5.2.8 and
# SymPy 1.14.0 and compares, contract by contract: the verdict (KEPT/BROKEN, both from
# `lint-imports` and from import-linter's contract objects), the set of (importer, imported)
# violations (for acyclic_siblings with each dependency's import count), exhaustive layers'
# undeclared modules, unmatched-ignore warnings and the number of ignored imports. Chain counts
# are printed for information: where several chains are equally short, which one is reported
# first is arbitrary in both tools, and later chains depend on that choice.
#
# The contracts live in scripts/compare/<package>.contracts.json (archlint's contract syntax);
# the import-linter INI is generated from them (scripts/compare/to_importlinter.py). Closed
# layers, which import-linter cannot declare, are checked with grimp's own `closed` layers
# through a small contract type (scripts/compare/closed_layers.py).
#
# Wheels are downloaded once to $ARCHLINT_CORPORA/wheels (default: ../corpora next to the
# repository), never inside the repository; import-linter comes from $ARCHLINT_VENV (default
# ../refenv; created with import-linter 2.16 when missing).
# ARCHLINT_BIN overrides the archlint binary (default: the release build of this repository).
#
# Usage: scripts/compare-with-import-linter.sh [--skip-build] [--only PACKAGE] [--keep DIR]
#   --keep DIR   keep the generated configurations and both tools' outputs in DIR
# Exit status: 0 when every contract agrees, 1 otherwise (also when a tool failed, its exit status
# does not match its verdicts, or no contract was compared), 2 on a usage error (such as --only
# naming no package).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
compare="$repo/scripts/compare"
corpora="${ARCHLINT_CORPORA:-$(dirname "$repo")/corpora}"
venv="${ARCHLINT_VENV:-$(dirname "$repo")/refenv}"
wheels="$corpora/wheels"
build=1 only="" keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --skip-build) build=0 ;;
    --only) only="$2"; shift ;;
    --keep) keep="$2"; shift ;;
    *) echo "usage: $0 [--skip-build] [--only PACKAGE] [--keep DIR]" >&2; exit 2 ;;
  esac
  shift
done

if [ ! -x "$venv/bin/lint-imports" ]; then
  echo "== installing import-linter 2.16 in $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q import-linter==2.16
fi

# distribution==version  unpacked-folder  root-package
corpus=(
  "django==5.2.8 django django"
  "sympy==1.14.0 sympy sympy"
)
if [ -n "$only" ]; then
  known=""
  for entry in "${corpus[@]}"; do read -r _ _ package <<<"$entry"; known="$known $package"; done
  case " $known " in
    *" $only "*) ;;
    *) echo "error: --only $only names no package of the corpus (one of:$known)" >&2; exit 2 ;;
  esac
fi

mkdir -p "$wheels"
for entry in "${corpus[@]}"; do
  read -r spec folder package <<<"$entry"
  [ -n "$only" ] && [ "$only" != "$package" ] && continue
  if [ ! -d "$wheels/$folder/$package" ]; then
    echo "== downloading $spec" >&2
    "$venv/bin/python" -m pip download -q --no-deps --only-binary=:all: "$spec" -d "$wheels" >&2
    rm -rf "$wheels/$folder" && mkdir -p "$wheels/$folder"
    unzip -q -o "$wheels/${folder}"-"${spec#*==}"-*.whl -d "$wheels/$folder"
  fi
done

if [ "$build" = 1 ]; then
  echo "== building archlint (release)" >&2
  swift build -c release --package-path "$repo" >&2
fi
archlint="${ARCHLINT_BIN:-$(swift build -c release --package-path "$repo" --show-bin-path)/archlint}"

if [ -n "$keep" ]; then
  work="$keep" && mkdir -p "$work"
else
  work="$(mktemp -d)" && trap 'rm -rf "$work"' EXIT
fi
status=0 compared=0
for entry in "${corpus[@]}"; do
  read -r spec folder package <<<"$entry"
  [ -n "$only" ] && [ "$only" != "$package" ] && continue
  dir="$work/$package" && mkdir -p "$dir"
  definition="$compare/$package.contracts.json"
  python3 "$compare/to_importlinter.py" "$definition" >"$dir/.importlinter"
  python3 - "$definition" "$wheels/$folder" >"$dir/contracts.json" <<'PY'
import json, sys
definition = json.load(open(sys.argv[1]))
json.dump({"python": {"source_roots": [sys.argv[2]], "root_packages": definition["root_packages"]},
           "contracts": definition["contracts"]}, sys.stdout, indent=2)
PY
  count=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["contracts"]))' "$definition")
  echo "== $spec: $count contracts" >&2
  export PYTHONPATH="$wheels/$folder:$compare"
  start=$(date +%s.%N)
  il_exit=0
  (cd "$dir" && "$venv/bin/lint-imports" --config .importlinter --no-cache >lint-imports.txt 2>&1) || il_exit=$?
  il_seconds=$(echo "$(date +%s.%N) - $start" | bc)
  (cd "$dir" && "$venv/bin/python" "$compare/import_linter_results.py" .importlinter >import-linter.json) \
    || { echo "error: import_linter_results.py failed on $package" >&2; exit 1; }
  start=$(date +%s.%N)
  al_exit=0
  "$archlint" check --format json --no-cache --config "$dir/contracts.json" >"$dir/archlint.json" 2>"$dir/archlint.stderr" || al_exit=$?
  al_seconds=$(echo "$(date +%s.%N) - $start" | bc)
  echo "-- $package (lint-imports $(printf %.2f "$il_seconds") s, archlint check $(printf %.2f "$al_seconds") s)"
  python3 "$compare/compare_results.py" "$dir/import-linter.json" "$dir/lint-imports.txt" "$dir/archlint.json" \
    "$il_exit" "$al_exit" "$dir/archlint.stderr" "$count" || status=1
  compared=$((compared + 1))
  echo
done
if [ "$compared" = 0 ]; then
  echo "error: nothing was compared" >&2
  exit 1
fi
exit $status
