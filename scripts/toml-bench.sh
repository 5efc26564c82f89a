#!/usr/bin/env bash
# Times archlint's TOML reader on a generated 500-line pyproject.toml (project metadata, tool
# sections, import-linter contracts): builds scripts/toml-test/decoder.swift with -O and runs
# `decoder --bench FILE N`, which prints the time per parse. Usage: toml-bench.sh [RUNS] [FILE]
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-2000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
swiftc -O -wmo -parse-as-library -package-name archlint -module-name TOMLTestDecoder \
  -o "$work/decoder" "$repo/scripts/toml-test/decoder.swift" \
  $(find "$repo/Sources/ArchlintConfigSyntax" -name '*.swift' | sort)

file="${2:-$work/pyproject.toml}"
if [ -z "${2:-}" ]; then
  python3 - "$file" <<'PY'
import sys
lines = [
    '[build-system]', 'requires = ["setuptools>=61", "wheel"]', 'build-backend = "setuptools.build_meta"', '',
    '[project]', 'name = "shop"', 'version = "1.2.0"', 'description = "An example shop, with a long description"',
    'readme = "README.md"', 'requires-python = ">=3.9"', 'license = { text = "MIT" }',
    'authors = [{ name = "A. Person", email = "a@example.com" }]', 'dependencies = [',
]
lines += [f'    "package-{i}>=1.{i}",  # why we need it' for i in range(40)]
lines += [']', '', '[project.optional-dependencies]']
lines += [f'extra{i} = ["tool-{i}", "other-{i}>=2"]' for i in range(20)]
lines += ['', '[tool.ruff]', 'line-length = 100', "target-version = 'py39'", '', '[tool.ruff.lint]',
          'select = ["E", "F", "I", "B", "UP"]', 'ignore = ["E501"]', '', '[tool.pytest.ini_options]',
          'addopts = "-ra -q"', 'testpaths = ["tests"]', 'timeout = 30.5', 'started = 2024-06-11T10:00:00Z', '',
          '[tool.importlinter]', 'root_packages = ["shop", "billing"]', 'include_external_packages = true', '']
contract = 0
while len(lines) < 490:
    contract += 1
    lines += ['[[tool.importlinter.contracts]]', f'id = "contract-{contract}"', f'name = "Contract number {contract}"',
              'type = "layers"', 'layers = [', '    "shop.interface",', '    "shop.application",',
              '    "shop.domain | shop.catalog",', '    "(shop.infrastructure)",', ']',
              'ignore_imports = ["shop.interface.admin -> shop.domain.**"]', 'exhaustive = false', '']
lines += [f'# trailing comment {i}' for i in range(500 - len(lines))]
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
PY
fi
echo "$(wc -l < "$file") lines"
"$work/decoder" --bench "$file" "$runs"
