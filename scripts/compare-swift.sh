#!/usr/bin/env bash
# Compares archlint's Swift reading with the reference tools on eight real packages:
#  (a) the (file, line, imported module) of every import in every .swift file that belongs to a
#      target, against the SwiftSyntax oracle (../shared/oracles/swift-imports), and
#  (b) the modules and their folders, against `swift package dump-package` (target names and
#      kinds) and `swift package describe` (the folders and source files SwiftPM resolves).
# Prints match / missing / extra counts per package; exits 1 when anything differs, a tool fails,
# or a package compared no files, modules or imports; 2 when given arguments (it takes none).
#
# Environment: ARCHLINT_CORPORA (default /work/corpora) holds the clones (swift/) and the oracle
# build (oracle-build/); ARCHLINT_SHARED (default ../shared beside the repository) holds the
# oracle's sources (read only: they are copied to oracle-src/ in ARCHLINT_CORPORA and built
# there); ARCHLINT_BIN overrides the archlint binary (default: a release build here).
set -euo pipefail
if [ $# -gt 0 ]; then
  echo "usage: $0 (no arguments; it compares all eight packages)" >&2
  exit 2
fi

repo="$(cd "$(dirname "$0")/.." && pwd)"
corpora="${ARCHLINT_CORPORA:-/work/corpora}"
shared="${ARCHLINT_SHARED:-$repo/../shared}"
oracle="${ARCHLINT_SWIFT_ORACLE:-$corpora/oracle-build/release/swift-imports}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

packages=(
  "swiftlang/swift-syntax 603.0.1"
  "apple/swift-nio 2.101.3"
  "vapor/vapor 4.122.3"
  "grpc/grpc-swift-2 2.4.3"
  "apple/swift-collections 1.6.0"
  "pointfreeco/swift-dependencies 1.17.1"
  "hummingbird-project/hummingbird 2.28.1"
  "apple/swift-openapi-generator 1.14.3"
)

mkdir -p "$corpora/swift"
for spec in "${packages[@]}"; do
  set -- $spec
  dir="$corpora/swift/$(basename "$1")"
  if [ ! -d "$dir" ]; then
    git -c advice.detachedHead=false clone -q --depth 1 --branch "$2" "https://github.com/$1" "$dir"
  fi
done

if [ ! -x "$oracle" ]; then
  echo "building the SwiftSyntax oracle (a few minutes)..." >&2
  # SwiftPM writes Package.resolved beside Package.swift: build a copy, never in shared/.
  rm -rf "$corpora/oracle-src" && mkdir -p "$corpora/oracle-src"
  cp -R "$shared/oracles/swift-imports/Package.swift" "$shared/oracles/swift-imports/Sources" "$corpora/oracle-src/"
  chmod -R u+w "$corpora/oracle-src"
  swift build -c release --package-path "$corpora/oracle-src" --scratch-path "$corpora/oracle-build" >&2
fi

bin="${ARCHLINT_BIN:-}"
if [ -z "$bin" ]; then
  swift build -c release --package-path "$repo" --product archlint >&2
  bin="$(swift build -c release --package-path "$repo" --show-bin-path)/archlint"
fi

status=0
for spec in "${packages[@]}"; do
  set -- $spec
  name="$(basename "$1")"
  dir="$corpora/swift/$name"
  out="$work/$name"
  mkdir -p "$out"
  swift package --package-path "$dir" --scratch-path "$out/scratch" dump-package > "$out/dump.json"
  swift package --package-path "$dir" --scratch-path "$out/scratch" describe --type json > "$out/describe.json"
  # archlint reads the package through a configuration placed in the package folder, so the
  # paths it reports are relative to the package.
  config="$dir/.archlint-compare.json"
  printf '{ "swift": { "packages": ["."] }, "contracts": [] }\n' > "$config"
  if ! "$bin" graph --format json --no-cache --config "$config" > "$out/graph.json"; then
    echo "$name: error: archlint graph failed" >&2
    rm -f "$config"; status=1; continue
  fi
  # `check` reports how many files it read; it needs a contract, any kept one will do.
  python3 - "$out/graph.json" > "$config" <<'PY'
import json, sys
modules = json.load(open(sys.argv[1]))["modules"]
inside = next(m["name"] for m in modules if m["kind"] != "external")
outside = next(m["name"] for m in modules if m["kind"] == "external")
print(json.dumps({"swift": {"packages": ["."]}, "contracts": [{"id": "count", "name": "count", "type": "forbidden",
    "source_modules": [inside], "forbidden_modules": [outside], "allow_indirect_imports": True}]}))
PY
  code=0
  "$bin" check --format json --no-cache --config "$config" > "$out/check.json" || code=$?
  rm -f "$config"
  if [ "$code" != 0 ] && [ "$code" != 1 ]; then
    echo "$name: error: archlint check failed (exit $code)" >&2
    status=1; continue
  fi
  python3 - "$dir" "$out" "$oracle" "$name" <<'PY' || status=1
import json, os, subprocess, sys
from collections import Counter

package_dir, out, oracle, name = sys.argv[1:5]
dump = json.load(open(os.path.join(out, "dump.json")))
describe = json.load(open(os.path.join(out, "describe.json")))
graph = json.load(open(os.path.join(out, "graph.json")))

# (b) Modules and folders. dump-package names the targets; describe resolves their folders.
# Snippets (every file under Snippets/) are targets SwiftPM adds itself: only describe lists them.
described = {t["name"]: t for t in describe["targets"]}
snippets = [{"name": t["name"]} for t in describe["targets"] if t["type"] == "snippet"]
expected_modules = Counter()
for target in dump["targets"] + snippets:
    info = described.get(target["name"])
    folder = info["path"] if info else (target.get("path") or "?")
    module = info["c99name"] if info else target["name"]
    expected_modules[(module, folder)] += 1
found_modules = Counter((m["name"], m.get("path")) for m in graph["modules"] if m["kind"] != "external")

# (a) Imports of every .swift file SwiftPM compiles into a target.
files = sorted(
    os.path.join(t["path"], source)
    for t in describe["targets"] if t.get("module_type") in ("SwiftTarget", "PluginTarget")
    for source in t.get("sources", []) if source.endswith(".swift")
)
listing = "\n".join(files) + "\n"
oracle_out = subprocess.run([oracle], input=listing, capture_output=True, text=True, cwd=package_dir, check=True).stdout
expected_imports = Counter()
expected_flags = Counter()
for line in oracle_out.splitlines():
    path, number, dotted, _, in_if = line.split("\t")[:5]
    expected_imports[(path, int(number), dotted.split(".")[0])] += 1
    expected_flags[(path, int(number), dotted.split(".")[0], in_if == "1")] += 1
found_imports = Counter((i["path"], i["line"], i["imported"]) for i in graph["imports"])
found_flags = Counter((i["path"], i["line"], i["imported"], i["conditional"]) for i in graph["imports"])

def report(label, expected, found):
    match = sum((expected & found).values())
    missing = expected - found
    extra = found - expected
    print(f"  {label:8} match {match:5}  missing {sum(missing.values()):3}  extra {sum(extra.values()):3}")
    for item in sorted(missing)[:10]:
        print(f"    missing {item}")
    for item in sorted(extra)[:10]:
        print(f"    extra   {item}")
    if not match:
        print(f"    error: no {label} compared")
    return match > 0 and not missing and not extra

scanned = json.load(open(os.path.join(out, "check.json")))["summary"]["files"]
print(f"{name}: {len(dump['targets'])} targets + {len(snippets)} snippets")
print(f"  files    SwiftPM {len(files):5}  archlint {scanned:5}")
ok = report("modules", expected_modules, found_modules) and scanned == len(files)
ok = report("imports", expected_imports, found_imports) and ok
flags = sum((expected_flags - found_flags).values())
print(f"  #if flag differs on {flags} imports")
ok = ok and flags == 0
sys.exit(0 if ok else 1)
PY
done
exit $status
