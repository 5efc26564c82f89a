#!/usr/bin/env bash
# Runs `archlint check` (no arguments) and import-linter 2.16 in the root of real open-source
# projects that configure import-linter themselves (setup.cfg, .importlinter or pyproject.toml,
# unchanged), and compares each contract's verdict and (importer, imported) violation pairs
# (for acyclic_siblings: each dependency with its count of cycle-breaking imports). Each project
# is compared twice: as configured, and with every `ignore_imports` removed (a copy of the
# configuration written beside it for the run, then deleted), so broken verdicts are compared too.
# The last column says whether `archlint migrate`'s contracts.json (written beside the project's
# configuration for the run, then deleted) gives a byte-identical JSON report.
#
# import-linter runs through scripts/compare/project_results.py: lint-imports' own reading of the
# configuration, graph and contract classes, with root packages looked for where archlint looks
# (the project's root, src/, PYTHONPATH) and never in site-packages, so import-linter's own
# repository is read from its checkout.
#
# Projects are cloned once, at the commits below, to $ARCHLINT_CORPORA/il-projects (default
# ../corpora/il-projects next to the repository), only their Python sources and configuration
# files. import-linter comes from $ARCHLINT_VENV (default ../refenv; created when missing).
#
# Usage: scripts/compare-importlinter-projects.sh [--skip-build] [--only NAME]
# Exit status: 0 when every contract of every project agrees, 1 on any difference or when
# nothing was compared.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
compare="$repo/scripts/compare"
corpora="${ARCHLINT_CORPORA:-$(dirname "$repo")/corpora}"
venv="${ARCHLINT_VENV:-$(dirname "$repo")/refenv}"
projects="$corpora/il-projects"
build=1 only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --skip-build) build=0 ;;
    --only) only="$2"; shift ;;
    *) echo "usage: $0 [--skip-build] [--only NAME]" >&2; exit 2 ;;
  esac
  shift
done

# owner/name  commit  (the configuration each uses, for the reader)
corpus=(
  "seddonym/import-linter ad48a961231620656267ee895bbbcb525a492d47"   # .importlinter, src/ layout
  "kedro-org/kedro d58a0b140250ced1917f2c54888b594995594be0"          # pyproject.toml, ignore_imports
  "AMD-AGI/TraceLens 171dd74721ca1ec45709e5805b68ae1f65e27811"        # .importlinter, acyclic_siblings
  "AssemblyAI/cli b7eb293c3dc31c89f44b12324adb86aa8298a7c9"           # .importlinter, externals included
  "usethis-python/usethis-python 2df52d1b3c0e97f2bcbd5a709af888118f171673"  # .importlinter, 12 contracts
)

if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import importlinter' 2>/dev/null; then
  echo "== installing import-linter 2.16 in $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q import-linter==2.16
fi

mkdir -p "$projects"
for entry in "${corpus[@]}"; do
  read -r slug commit <<<"$entry"
  name="${slug#*/}"
  [ -n "$only" ] && [ "$only" != "$name" ] && continue
  if [ ! -d "$projects/$name/.git" ]; then
    echo "== cloning $slug" >&2
    git clone -q --no-checkout "https://github.com/$slug" "$projects/$name"
  fi
  git -C "$projects/$name" checkout -q "$commit" -- . 2>/dev/null || {
    # Large files (models, traces) may be absent from a mirror: take only what the check reads.
    for pattern in ':(glob)**/*.py' ':(glob)**/*.cfg' ':(glob)**/*.toml' '.importlinter'; do
      git -C "$projects/$name" restore --source="$commit" -- "$pattern" 2>/dev/null || true
    done
  }
done

if [ "$build" = 1 ]; then
  echo "== building archlint (release)" >&2
  swift build -c release --package-path "$repo" >&2
fi
archlint="$(swift build -c release --package-path "$repo" --show-bin-path)/archlint"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0 compared=0
printf '%-34s %9s %7s %15s %12s %14s\n' "project" "contracts" "broken" "verdicts equal" "pairs equal" "migrated same"
for entry in "${corpus[@]}"; do
  read -r slug commit <<<"$entry"
  name="${slug#*/}"
  [ -n "$only" ] && [ "$only" != "$name" ] && continue
  dir="$projects/$name"
  for mode in configured no-ignores; do
    label="$name"
    config_args=()
    if [ "$mode" = no-ignores ]; then
      label="$name (no ignore_imports)"
      if (cd "$dir" && [ -f pyproject.toml ] && ! grep -q '^\[importlinter\]' setup.cfg .importlinter 2>/dev/null); then
        stripped="archlint-compare-no-ignores.toml"
      else
        stripped="archlint-compare-no-ignores.cfg"
      fi
      (cd "$dir" && python3 "$compare/strip_ignores.py" "$stripped")
      config_args=(--config "$stripped")
    fi
    (cd "$dir" && PYTHONPATH="$compare" "$venv/bin/python" "$compare/project_results.py" "${config_args[@]:1}" \
      >"$work/il.json" 2>"$work/il.stderr") || { echo "  $label: import-linter failed: $(tail -1 "$work/il.stderr")" >&2; }
    (cd "$dir" && "$archlint" check --format json --no-cache "${config_args[@]}" >"$work/al.json" 2>"$work/al.stderr") || true
    migrated="-"
    if [ "$mode" = configured ] && [ ! -e "$dir/contracts.json" ]; then
      (cd "$dir" && "$archlint" migrate >/dev/null && "$archlint" check --format json --no-cache >"$work/migrated.json" 2>/dev/null) || true
      rm -f "$dir/contracts.json"
      if cmp -s "$work/al.json" "$work/migrated.json"; then migrated=yes; else migrated=NO; status=1; fi
    fi
    [ "$mode" = no-ignores ] && rm -f "$dir/$stripped"
    if [ -s "$work/il.json" ]; then
      line="$(python3 "$compare/compare_projects.py" "$label" "$work/il.json" "$work/al.json")" || status=1
      IFS=$'\t' read -r l contracts broken verdicts pairs <<<"$line"
      printf '%-34s %9s %7s %15s %12s %14s\n' "$l" "$contracts" "$broken" "$verdicts" "$pairs" "$migrated"
      compared=$((compared + contracts))
      [ -s "$work/al.stderr" ] && sed 's/^/  archlint: /' "$work/al.stderr" | head -5 >&2
    else
      status=1
    fi
  done
done
[ "$compared" -gt 0 ] || { echo "nothing was compared" >&2; status=1; }
exit $status
