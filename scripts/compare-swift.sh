#!/usr/bin/env bash
# Compares archlint's Swift reading with the reference tools on eight real packages:
#  (a) the (file, line, imported module) of every import in every .swift file that belongs to a
#      target, against the SwiftSyntax oracle (../shared/oracles/swift-imports), and
#  (b) the modules and their folders, against `swift package dump-package` (target names and
#      kinds) and `swift package describe` (the folders and source files SwiftPM resolves).
# Prints match / missing / extra counts per package; exits 1 when anything differs.
#
# Environment: ARCHLINT_CORPORA (default /work/corpora) holds the clones (swift/) and the oracle
# build (oracle-build/); ARCHLINT_SHARED (default ../shared beside the repository) holds the
# oracle's sources; ARCHLINT_BIN overrides the archlint binary (default: a release build here).
set -euo pipefail

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
  swift build -c release --package-path "$shared/oracles/swift-imports" --scratch-path "$corpora/oracle-build" >&2
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
  "$bin" graph --format json --config "$config" > "$out/graph.json"
  rm -f "$config"
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
for line in oracle_out.splitlines():
    path, number, dotted = line.split("\t")[:3]
    expected_imports[(path, int(number), dotted.split(".")[0])] += 1
found_imports = Counter((i["path"], i["line"], i["imported"]) for i in graph["imports"])

def report(label, expected, found):
    match = sum((expected & found).values())
    missing = expected - found
    extra = found - expected
    print(f"  {label:8} match {match:5}  missing {sum(missing.values()):3}  extra {sum(extra.values()):3}")
    for item in sorted(missing)[:10]:
        print(f"    missing {item}")
    for item in sorted(extra)[:10]:
        print(f"    extra   {item}")
    return not missing and not extra

print(f"{name}: {len(dump['targets'])} targets + {len(snippets)} snippets, {len(files)} Swift files")
ok = report("modules", expected_modules, found_modules)
ok = report("imports", expected_imports, found_imports) and ok
sys.exit(0 if ok else 1)
PY
done
exit $status
