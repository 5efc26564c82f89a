#!/usr/bin/env bash
# What reading import-linter's configuration costs a run: `archlint check` on a small project
# configured by a generated 500-line pyproject.toml (project metadata, tool sections and
# import-linter contracts), against the same project configured by the equivalent contracts.json
# (written by `archlint migrate`). The runs alternate; the script prints each median wall time
# and their difference, which should stay under a millisecond.
#
# Usage: scripts/bench-importlinter-config.sh [--skip-build] [RUNS]   (default 300 runs each)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
build=1
[ "${1:-}" = --skip-build ] && { build=0; shift; }
runs="${1:-300}"
if [ "$build" = 1 ]; then swift build -c release --package-path "$repo" >&2; fi
archlint="$(swift build -c release --package-path "$repo" --show-bin-path)/archlint"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/toml/.git" "$work/json/.git"
python3 - "$work/toml" <<'PY'
import os, sys
root = sys.argv[1]
for package in ("shop", "billing"):
    for sub in ("", "interface", "application", "domain", "catalog", "infrastructure"):
        folder = os.path.join(root, package, sub)
        os.makedirs(folder, exist_ok=True)
        open(os.path.join(folder, "__init__.py"), "w").write("import os\n")
lines = ['[build-system]', 'requires = ["setuptools>=61", "wheel"]', 'build-backend = "setuptools.build_meta"', '',
         '[project]', 'name = "shop"', 'version = "1.2.0"', 'readme = "README.md"', 'requires-python = ">=3.9"',
         'license = { text = "MIT" }', 'authors = [{ name = "A. Person", email = "a@example.com" }]', 'dependencies = [']
lines += [f'    "package-{i}>=1.{i}",  # why we need it' for i in range(40)]
lines += [']', '', '[project.optional-dependencies]']
lines += [f'extra{i} = ["tool-{i}", "other-{i}>=2"]' for i in range(20)]
lines += ['', '[tool.ruff]', 'line-length = 100', '', '[tool.pytest.ini_options]', 'addopts = "-ra -q"',
          'testpaths = ["tests"]', 'started = 2024-06-11T10:00:00Z', '',
          '[tool.importlinter]', 'root_packages = ["shop", "billing"]', '']
contract = 0
while len(lines) < 490:
    contract += 1
    lines += ['[[tool.importlinter.contracts]]', f'id = "contract-{contract}"', f'name = "Contract number {contract}"',
              'type = "layers"', 'containers = "shop"', 'layers = [', '    "interface",', '    "application",',
              '    "domain | catalog",', '    "(infrastructure)",', ']', 'exhaustive = false', '']
lines += [f'# trailing comment {i}' for i in range(500 - len(lines))]
open(os.path.join(root, "pyproject.toml"), "w").write("\n".join(lines) + "\n")
PY
cp -R "$work/toml/shop" "$work/toml/billing" "$work/json/"
(cd "$work/toml" && "$archlint" migrate --output "$work/json/contracts.json" >/dev/null)
echo "pyproject.toml: $(wc -l < "$work/toml/pyproject.toml") lines, $(grep -c '^\[\[tool.importlinter.contracts' "$work/toml/pyproject.toml") contracts"
python3 - "$archlint" "$work" "$runs" <<'PY'
import resource, statistics, subprocess, sys, time
archlint, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
walls = {"toml": [], "json": []}
cpus = {"toml": [], "json": []}
for _ in range(runs):
    for kind in walls:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([archlint, "check", "--no-cache"], cwd=f"{work}/{kind}", stdout=subprocess.DEVNULL, check=True)
        walls[kind].append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus[kind].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
for label, samples in (("wall", walls), ("CPU", cpus)):
    toml, json = statistics.median(samples["toml"]), statistics.median(samples["json"])
    print(f"median archlint check {label}: pyproject.toml {toml * 1000:.2f} ms, contracts.json {json * 1000:.2f} ms, "
          f"difference {(toml - json) * 1000:+.2f} ms (median of {runs} runs each)")
PY
