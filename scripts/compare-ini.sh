#!/usr/bin/env bash
# Compares archlint's INI reader with Python's configparser.ConfigParser() (default settings, as
# import-linter reads setup.cfg and .importlinter): every section, key, interpolated value and
# import-linter's list splitting must agree, and a file one refuses the other must refuse too
# (at the same line when Python names one). Inputs: Tests/Fixtures/ini, the folders in
# INI_CORPUS (colon-separated; default /work/corpora/import-linter-ini when it exists), and
# INI_GENERATED (default 2000) generated tricky files.
# Exits 1 on any difference, or when there was nothing to compare.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
folders=("$repo/Tests/Fixtures/ini")
corpus="${INI_CORPUS:-/work/corpora/import-linter-ini}"
IFS=: read -r -a extra <<< "$corpus"
for folder in "${extra[@]}"; do
  [ -d "$folder" ] && folders+=("$folder")
done

swiftc -O -wmo -parse-as-library -package-name archlint -module-name INICompareDecoder \
  -o "$work/decoder" "$repo/scripts/compare-ini/decoder.swift" \
  $(find "$repo/Sources/ArchlintConfigSyntax" -name '*.swift' | sort)

python3 "$repo/scripts/compare-ini/compare.py" "$work/decoder" "$work" "${folders[@]}"
