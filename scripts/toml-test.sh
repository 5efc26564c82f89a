#!/usr/bin/env bash
# Runs the official toml-test suite (TOML 1.0.0 file list) against archlint's TOML reader.
# Builds scripts/toml-test/decoder.swift with Sources/ArchlintConfigSyntax (swiftc -O) in a
# temporary folder, then: every valid case must decode to its .json (compared semantically, as
# toml-test compares), every invalid case must be refused with a "line:column:" error.
# Prints "valid: N/N passed, invalid: N/N refused" and the failures; exits 1 on any failure or
# when nothing was compared.
#
# Environment: TOML_TEST_DIR, the suite's tests/ folder (default /work/corpora/toml-test/tests,
# from github.com/toml-lang/toml-test); TOML_TEST_LIST, the file list (default files-toml-1.0.0).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
suite="${TOML_TEST_DIR:-/work/corpora/toml-test/tests}"
list="${TOML_TEST_LIST:-files-toml-1.0.0}"
if [ ! -f "$suite/$list" ]; then
  echo "toml-test: no file list at $suite/$list (set TOML_TEST_DIR)" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
swiftc -O -wmo -parse-as-library -package-name archlint -module-name TOMLTestDecoder \
  -o "$work/decoder" "$repo/scripts/toml-test/decoder.swift" \
  $(find "$repo/Sources/ArchlintConfigSyntax" -name '*.swift' | sort)

python3 "$repo/scripts/toml-test/compare.py" "$work/decoder" "$suite" "$list"
