#!/usr/bin/env bash
# Uses archlint's SwiftPM command plugin as a Swift team would: copies Tests/Fixtures/plugin-user
# to a temporary folder, points its archlint dependency at this repository by absolute path, and
# runs `swift package archlint check` twice: as it is (contracts kept, exit 0), then with
# `import Foundation` added to Core (a broken contract, exit 1). Passes no permission flag: the
# plugin writes archlint's cache into its own work folder only.
# Usage: scripts/plugin-demo.sh   (KEEP=1 keeps the temporary folder)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
if [ "${KEEP:-0}" = 1 ]; then echo "(keeping $work)"; else trap 'rm -rf "$work"' EXIT; fi
cp -R "$repo/Tests/Fixtures/plugin-user" "$work/plugin-user"
cd "$work/plugin-user"
sed -i.orig "s|\.package(path: \"../../..\")|.package(path: \"$repo\")|" Package.swift
rm Package.swift.orig
grep -q "\.package(path: \"$repo\")" Package.swift || { echo "plugin-demo.sh: could not point Package.swift at $repo" >&2; exit 1; }

# Runs the plugin; prints its output and exit status; fails unless the status is $1.
run() {
  local expected="$1"; shift
  echo "\$ swift package $*"
  local status=0
  swift package "$@" || status=$?
  echo "(exit status $status)"
  if [ "$status" -ne "$expected" ]; then
    echo "plugin-demo.sh: expected exit status $expected, got $status" >&2
    exit 1
  fi
}

echo "== building the plugin and archlint (first run only)"
swift package plugin --list
echo
echo "== contracts kept"
run 0 archlint check
echo
echo "== Core imports Foundation: a contract broken"
printf 'import Foundation\n' | cat - Sources/Core/Price.swift > Sources/Core/Price.swift.new
mv Sources/Core/Price.swift.new Sources/Core/Price.swift
run 1 archlint check
echo
echo "== arguments pass through"
run 0 archlint check --contract layers --format json
echo
echo "== a configuration error (archlint exits 2; \`swift package\` exits 1 and names archlint's status)"
run 1 archlint check --config missing.json
echo
if [ -e .archlint_cache ]; then echo "plugin-demo.sh: the plugin wrote a cache into the package" >&2; exit 1; fi
echo "== the cache is in the plugin's work folder, not in the package:"
find .build/plugins -type d -name archlint_cache | sed "s|^|  $work/plugin-user/|"
