#!/usr/bin/env bash
# Compares archlint's Python import graph with grimp 3.19's on the wheels of Django 5.2.8,
# SQLAlchemy 2.0.44, SymPy 1.14.0 and ansible 12.2.0 (its `ansible_collections` namespace
# package). For each package it prints how many internal modules and (importer, imported, line)
# triples match, are missing from archlint, or are extra in archlint; external modules are left
# out (archlint keeps them as leaves, grimp squashes them the same way, but they are not code).
#
# grimp runs with include_external_packages=True, archlint's default: that is the configuration
# in which grimp maps `import pkg.missing.module` to `pkg`. With --no-external both run without
# external packages (grimp's and import-linter's default; archlint's `"include_external_packages":
# false`), and every module and import is compared, none left out.
#
# Wheels are downloaded once to $ARCHLINT_CORPORA/wheels (default: ../corpora next to the
# repository), never inside the repository. grimp comes from $ARCHLINT_VENV (default ../refenv;
# created with grimp 3.19 when missing).
# ARCHLINT_BIN overrides the archlint binary (default: the release build of this repository).
#
# Usage: scripts/compare-with-grimp.sh [--skip-build] [--no-external] [--time N] [--only PACKAGE]
#   --time N      also time `archlint graph --format json` N times per package (median wall and
#                 CPU seconds with --no-cache, and median wall seconds with a warm scan cache)
# Exit status: 0 when every package matches exactly, 1 otherwise (also when a tool failed or a
# package compared no modules or imports), 2 on a usage error (such as --only naming no package).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
corpora="${ARCHLINT_CORPORA:-$(dirname "$repo")/corpora}"
venv="${ARCHLINT_VENV:-$(dirname "$repo")/refenv}"
wheels="$corpora/wheels"
build=1 runs=0 only="" external=1
while [ $# -gt 0 ]; do
  case "$1" in
    --skip-build) build=0 ;;
    --no-external) external=0 ;;
    --time) runs="$2"; shift ;;
    --only) only="$2"; shift ;;
    *) echo "usage: $0 [--skip-build] [--no-external] [--time N] [--only PACKAGE]" >&2; exit 2 ;;
  esac
  shift
done

if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import grimp' 2>/dev/null; then
  echo "== installing grimp 3.19 in $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q grimp==3.19
fi

# distribution==version  unpacked-folder  root-package
corpus=(
  "django==5.2.8 django django"
  "sqlalchemy==2.0.44 sqlalchemy sqlalchemy"
  "sympy==1.14.0 sympy sympy"
  "ansible==12.2.0 ansible ansible_collections"
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

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for entry in "${corpus[@]}"; do
  read -r spec folder package <<<"$entry"
  [ -n "$only" ] && [ "$only" != "$package" ] && continue
  mkdir -p "$work/$package"
  flag=$([ "$external" = 1 ] && echo true || echo false)
  printf '{"python": {"source_roots": ["%s"], "root_packages": ["%s"], "include_external_packages": %s}}\n' \
    "$wheels/$folder" "$package" "$flag" >"$work/$package/contracts.json"
  echo "== grimp: $package" >&2
  "$venv/bin/python" - "$wheels/$folder" "$package" "$external" >"$work/$package/grimp.json" <<'PY' \
    || { echo "error: grimp failed on $package" >&2; exit 1; }
import json, sys, time
sys.setrecursionlimit(10000)
root, package, external = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
sys.path.insert(0, root)
import grimp
start = time.perf_counter()
graph = grimp.build_graph(package, include_external_packages=external, cache_dir=None)
seconds = time.perf_counter() - start
imports = [[importer, imported, sorted({d["line_number"] for d in graph.get_import_details(importer=importer, imported=imported)})]
           for importer in sorted(graph.modules) for imported in sorted(graph.find_modules_directly_imported_by(importer))]
json.dump({"modules": sorted(graph.modules), "imports": imports, "seconds": seconds}, sys.stdout)
PY
  echo "== archlint: $package" >&2
  code=0
  "$archlint" graph --format json --no-cache --config "$work/$package/contracts.json" >"$work/$package/archlint.json" \
    2>"$work/$package/archlint.stderr" || code=$?
  echo "$code" >"$work/$package/archlint.status"
done

python3 - "$work" "$archlint" "$runs" "$only" "$external" "${corpus[@]}" <<'PY'
import json, resource, statistics, subprocess, sys, time
work, archlint_path, runs, only, external, entries = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5] == "1", sys.argv[6:]
def median_seconds(package, *flags):
    """Median wall-clock and CPU (user + system) seconds of `archlint graph --format json`."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([archlint_path, "graph", "--format", "json", *flags, "--config", f"{work}/{package}/contracts.json"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)
def internal(name, package):
    # Without externals nothing is left out: a module outside the package would be a difference.
    return not external or name == package or name.startswith(package + ".")
rows, samples, exact = [], [], True
for entry in entries:
    package = entry.split()[2]
    if only and only != package:
        continue
    grimp = json.load(open(f"{work}/{package}/grimp.json"))
    code = int(open(f"{work}/{package}/archlint.status").read())
    try:
        archlint = json.load(open(f"{work}/{package}/archlint.json"))
    except ValueError:
        archlint = None
    if code != 0 or archlint is None:
        print(f"{package}: archlint graph failed (exit {code}):\n" + open(f"{work}/{package}/archlint.stderr").read())
        exact = False
        continue
    grimp_modules = {m for m in grimp["modules"] if internal(m, package)}
    archlint_modules = {m["name"] for m in archlint["modules"] if m["kind"] != "external" or not external}
    grimp_triples = {(a, b, line) for a, b, lines in grimp["imports"] for line in lines
                     if a in grimp_modules and b in grimp_modules}
    archlint_triples = {(i["importer"], i["imported"], i["line"]) for i in archlint["imports"]
                        if i["importer"] in archlint_modules and i["imported"] in archlint_modules}
    row = [package,
           len(grimp_modules & archlint_modules), len(grimp_modules - archlint_modules), len(archlint_modules - grimp_modules),
           len(grimp_triples & archlint_triples), len(grimp_triples - archlint_triples), len(archlint_triples - grimp_triples),
           f"{grimp['seconds']:.2f}"]
    if runs:
        wall, cpu = median_seconds(package, "--no-cache")
        median_seconds(package)  # fills the scan cache
        cached_wall, _ = median_seconds(package)
        row += [f"{wall:.3f}", f"{cpu:.3f}", f"{cached_wall:.3f}"]
    rows.append(row)
    if row[2] or row[3] or row[5] or row[6]:
        exact = False
    if not (grimp_modules and archlint_modules and grimp_triples and archlint_triples):
        print(f"{package}: compared nothing: grimp {len(grimp_modules)} modules, {len(grimp_triples)} imports; "
              f"archlint {len(archlint_modules)} modules, {len(archlint_triples)} imports")
        exact = False
    for label, items in (("missing module", grimp_modules - archlint_modules), ("extra module", archlint_modules - grimp_modules),
                         ("missing import", grimp_triples - archlint_triples), ("extra import", archlint_triples - grimp_triples)):
        samples += [f"  {package}: {label} {item}" for item in sorted(items)[:10]]
header = ["package", "modules ok", "missing", "extra", "imports ok", "missing", "extra", "grimp s"]
if runs:
    header += [f"archlint s (median of {runs}, --no-cache)", "cpu s", "archlint s (cached)"]
widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
for r in [header] + rows:
    print("  ".join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(zip(r, widths))))
print("\n".join(samples))
if not rows:
    print("error: nothing was compared", file=sys.stderr)
    sys.exit(1)
sys.exit(0 if exact else 1)
PY
