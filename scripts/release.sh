#!/usr/bin/env bash
# Builds archlint's release artifacts for x86_64 Linux into dist/:
#   archlint-VERSION-x86_64-unknown-linux-gnu.tar.gz    the binary, LICENSE, README.md
#   archlint-VERSION-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl
#   SHA256SUMS
# The binary is linked fully statically (-static-executable: Swift runtime, Foundation-free
# stdlib and glibc), so it runs on any x86_64 Linux with /proc mounted, without a Swift toolchain.
# VERSION is ArchlintVersion.current, the string `archlint --version` prints.
# Usage: scripts/release.sh   (SCRATCH=.build-release and DIST=dist may be overridden)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
scratch="${SCRATCH:-.build-release}"
dist="${DIST:-dist}"
triple="x86_64-unknown-linux-gnu"

fail() { echo "release.sh: error: $*" >&2; exit 1; }

[ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || fail "builds x86_64 Linux artifacts only, on x86_64 Linux (this is $(uname -s) $(uname -m))"

# The version: the one string literal of ArchlintVersion.current, wherever that file lives.
mapfile -t version_files < <(find Sources -name ArchlintVersion.swift)
[ "${#version_files[@]}" -eq 1 ] || fail "expected one ArchlintVersion.swift under Sources/, found ${#version_files[@]}"
version="$(sed -n 's/^[[:space:]]*\([a-z]\{1,\} \)*static let current *= *"\([^"]*\)".*/\2/p' "${version_files[0]}")"
[ -n "$version" ] && [ "$(printf '%s\n' "$version" | wc -l)" -eq 1 ] || fail "no 'static let current = \"…\"' in ${version_files[0]}"
echo "== archlint $version (from ${version_files[0]})"

# Reproducible archives: every entry carries the time of the last commit.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 315532800)}"

echo "== swift build -c release -Xswiftc -static-executable --scratch-path $scratch"
start=$(date +%s)
swift build -c release -Xswiftc -static-executable --scratch-path "$scratch" --product archlint
echo "   built in $(( $(date +%s) - start )) s"
built="$(swift build -c release -Xswiftc -static-executable --scratch-path "$scratch" --show-bin-path)/archlint"
[ -x "$built" ] || fail "no executable at $built"

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
package="archlint-$version-$triple"
mkdir "$staging/$package"
cp "$built" "$staging/$package/archlint"
strip "$staging/$package/archlint"
cp LICENSE README.md "$staging/$package/"
binary="$staging/$package/archlint"

# The binary must be static and must say the version it is shipped as.
ldd_output="$(ldd "$binary" 2>&1 || true)"
case "$ldd_output" in
  *"not a dynamic executable"*) echo "== ldd: not a dynamic executable" ;;
  *) fail "the binary is dynamically linked:"$'\n'"$ldd_output" ;;
esac
reported="$(env -i "$binary" --version)" || fail "'archlint --version' failed"
[ "$reported" = "archlint $version" ] || fail "the binary says '$reported', the release is $version"
echo "== $reported (under env -i)"

rm -rf "$dist"
mkdir -p "$dist"
tarball="$dist/$package.tar.gz"
tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
  -C "$staging" -cf - "$package" | gzip -9n > "$tarball"
wheel="$(python3 scripts/build-wheel.py "$binary" "$version" LICENSE README.md "$dist")"
(cd "$dist" && sha256sum -- "$(basename "$tarball")" "$(basename "$wheel")" > SHA256SUMS)

size() { stat -c %s "$1"; }
echo "== dist/"
printf '   %-75s %9s bytes\n' "binary (stripped)" "$(size "$binary")" \
  "$(basename "$tarball")" "$(size "$tarball")" "$(basename "$wheel")" "$(size "$wheel")"
sed 's/^/   /' "$dist/SHA256SUMS"
