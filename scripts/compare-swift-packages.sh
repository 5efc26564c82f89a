#!/usr/bin/env bash
# Compares archlint's reading of Swift packages with SwiftPM's and SwiftSyntax's on EVERY Swift
# package this machine mirrors (the bare repositories under $ARCHLINT_SWIFT_MIRRORS, default
# /opt/swift-packages, which git serves at their github.com addresses), at the highest tag of each:
#  - targets: (module name, folder) of every target, against `swift package describe --type json`;
#  - files: the `.swift` files SwiftPM compiles into each target, against archlint's count, and
#    each file that has imports against the target archlint gives it;
#  - imports: (file, line, imported module, importing module) of every import declaration,
#    against the SwiftSyntax oracle (../shared/oracles/swift-imports) run on describe's files.
# Targets and files that only a non-Linux `#if` branch of a manifest holds are expected
# differences: archlint counts every branch, SwiftPM on Linux only its own. They are listed in
# scripts/compare/swift-packages-exceptions.tsv with their manifest line; any other difference,
# or a listed one that no longer happens, fails the run.
#
# Clones go to $ARCHLINT_CORPORA/swift/NAME (default /work/corpora, outside the repository),
# describe's answers are cached in $ARCHLINT_CORPORA/swift-describe/NAME@TAG.json (describe
# compiles each manifest, which is slow), the oracle is built in $ARCHLINT_CORPORA/oracle-build.
#
# Usage: scripts/compare-swift-packages.sh [--skip-build] [--only NAME]... [--verbose]
# Exit status: 0 when every package matches (beyond the listed exceptions), 1 otherwise or when
# nothing was compared, 2 on a usage error.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
corpora="${ARCHLINT_CORPORA:-/work/corpora}"
mirrors="${ARCHLINT_SWIFT_MIRRORS:-/opt/swift-packages}"
shared="${ARCHLINT_SHARED:-$repo/../shared}"
oracle="${ARCHLINT_SWIFT_ORACLE:-$corpora/oracle-build/release/swift-imports}"
exceptions="$repo/scripts/compare/swift-packages-exceptions.tsv"
build=1 verbose=0 only=()
while [ $# -gt 0 ]; do
  case "$1" in
    --skip-build) build=0 ;;
    --only) only+=("$2"); shift ;;
    --verbose) verbose=1 ;;
    *) echo "usage: $0 [--skip-build] [--only NAME]... [--verbose]" >&2; exit 2 ;;
  esac
  shift
done

# One line per package: OWNER/NAME TAG. Some repositories are mirrored under several names
# (old owners, other letter cases); the commit of their highest tag tells them apart.
list="$(mktemp)"
work="$(mktemp -d)"
trap 'rm -rf "$work" "$list"' EXIT
for bare in "$mirrors"/*/*.git; do
  tag="$(git -C "$bare" tag | sort -V | tail -1)"
  [ -n "$tag" ] || continue
  spec="${bare#"$mirrors"/}"
  echo "$(git -C "$bare" rev-parse "$tag^{commit}") ${spec%.git} $tag"
done | sort -k1,1 -k2,2r | awk '!seen[$1]++ { print $2, $3 }' | sort -f -t/ -k2 > "$list"
if [ ${#only[@]} -gt 0 ]; then
  names=" ${only[*]} "
  awk -v names="$names" '{ n = split($1, part, "/"); if (index(names, " " part[n] " ")) print }' "$list" > "$work/list"
  cp "$work/list" "$list"
fi
[ -s "$list" ] || { echo "no packages to compare" >&2; exit 1; }

mkdir -p "$corpora/swift" "$corpora/swift-describe"
while read -r spec tag; do
  name="$(basename "$spec")"
  dir="$corpora/swift/$name"
  # A clone of another version (or of another repository of the same name) is replaced.
  if [ -d "$dir" ] && [ "$(git -C "$dir" rev-parse HEAD 2>/dev/null)" != "$(git -C "$mirrors/$spec.git" rev-parse "$tag^{commit}")" ]; then
    rm -rf "$dir"
  fi
  if [ ! -d "$dir" ]; then
    git -c advice.detachedHead=false clone -q --branch "$tag" "https://github.com/$spec" "$dir" 2>/dev/null
  fi
  cached="$corpora/swift-describe/$name@$tag.json"
  if [ ! -s "$cached" ]; then
    # describe reads the root manifest only: no dependency is resolved.
    if ! swift package --package-path "$dir" --scratch-path "$work/scratch" describe --type json \
        > "$cached.tmp" 2> "$cached.err"; then
      echo "$name $tag: swift package describe failed (see $cached.err)" >&2
    fi
    mv "$cached.tmp" "$cached"
  fi
done < "$list"

if [ ! -x "$oracle" ]; then
  echo "building the SwiftSyntax oracle (a few minutes)..." >&2
  swift build -c release --package-path "$shared/oracles/swift-imports" --scratch-path "$corpora/oracle-build" >&2
fi

bin="${ARCHLINT_BIN:-}"
if [ -z "$bin" ]; then
  if [ "$build" = 1 ]; then swift build -c release --package-path "$repo" --product archlint >&2; fi
  bin="$(swift build -c release --package-path "$repo" --show-bin-path)/archlint"
fi

while read -r spec tag; do
  name="$(basename "$spec")"
  dir="$corpora/swift/$name"
  out="$work/$name"
  mkdir -p "$out"
  # archlint reads the package through a configuration placed in its folder, so that the paths
  # it reports are relative to the package, as describe's are.
  config="$dir/.archlint-compare.json"
  printf '{ "swift": { "packages": ["."] }, "contracts": [] }\n' > "$config"
  "$bin" graph --format json --no-cache --config "$config" > "$out/graph.json" 2> "$out/graph.err" || true
  # `check` reports how many files it read; it needs a contract, and any kept one will do.
  python3 - "$out/graph.json" > "$config" <<'PY'
import json, sys
try:
    modules = json.load(open(sys.argv[1]))["modules"]
except Exception:
    modules = []
inside = next((m["name"] for m in modules if m["kind"] != "external"), "None")
outside = next((m["name"] for m in modules if m["kind"] == "external"), "Swift")
print(json.dumps({"swift": {"packages": ["."]}, "contracts": [{"id": "count", "name": "count", "type": "forbidden",
    "source_modules": [inside], "forbidden_modules": [outside], "allow_indirect_imports": True}]}))
PY
  "$bin" check --format json --no-cache --config "$config" > "$out/check.json" 2>/dev/null || true
  rm -f "$config"
  echo "$name $tag $dir $corpora/swift-describe/$name@$tag.json" >> "$work/compared"
done < "$list"

python3 "$repo/scripts/compare/swift_packages.py" "$work" "$oracle" "$exceptions" "$verbose"
