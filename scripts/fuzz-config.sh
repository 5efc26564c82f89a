#!/usr/bin/env bash
# Runs one libFuzzer target of archlint's configuration readers for SECONDS seconds (issue 15).
#
#   scripts/fuzz-config.sh json|toml|ini SECONDS [extra libFuzzer arguments]
#
# Fuzz/TARGET.swift (an LLVMFuzzerTestOneInput) is built with Sources/ArchlintConfigSyntax by
# `swiftc -sanitize=fuzzer,address -O` into .build-fuzz/TARGET (ignored by git). Seeds: the
# repository's files of that kind (test fixtures, examples, the root); dictionary
# Fuzz/TARGET.dict. What a run finds lives outside the repository, in
# $ARCHLINT_FUZZ_WORK/TARGET (default ../fuzz-work next to the repository): corpus/ grows from
# run to run, crashes/ holds every input that crashed, timed out (-timeout=2) or ran out of
# memory. Exit status 1 when the run found one. One process (no -jobs): the machine is shared.
# (The scanners' targets and their runner, scripts/fuzz.sh, come with the scanner fixes.)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${ARCHLINT_FUZZ_WORK:-$(dirname "$repo")/fuzz-work}"

usage() { echo "usage: scripts/fuzz-config.sh json|toml|ini SECONDS [libFuzzer arguments]" >&2; exit 2; }
[ $# -ge 2 ] || usage
target="$1" seconds="$2"
shift 2
case "$seconds" in '' | *[!0-9]*) usage ;; esac
case "$target" in
  json) seeds=(-name '*.json') ;;
  toml) seeds=(-name '*.toml') ;;
  ini) seeds=(-name '*.cfg' -o -name '*.ini' -o -name '.importlinter') ;;
  *) usage ;;
esac

build="$repo/.build-fuzz/$target"
mkdir -p "$build" "$work/$target/corpus" "$work/$target/crashes"
flags=(-sanitize=fuzzer,address -parse-as-library -O -package-name archlint -I "$build" -L "$build")
echo "== building fuzz target '$target' in $build" >&2
mapfile -t files < <(find "$repo/Sources/ArchlintConfigSyntax" -name '*.swift' | sort)
swiftc "${flags[@]}" -module-name ArchlintConfigSyntax -emit-module -emit-module-path "$build/ArchlintConfigSyntax.swiftmodule" \
  -emit-library -static -o "$build/libArchlintConfigSyntax.a" "${files[@]}" 2> "$build/module.log" ||
  { cat "$build/module.log" >&2; exit 2; }
swiftc "${flags[@]}" -module-name "Fuzz_$target" -lArchlintConfigSyntax -o "$build/fuzz-$target" "$repo/Fuzz/$target.swift" \
  2> "$build/target.log" || { cat "$build/target.log" >&2; exit 2; }

# Seeds: fresh from the repository on every run (the corpus folder keeps what runs found).
seed_dir="$work/$target/seeds"
rm -rf "$seed_dir"
mkdir -p "$seed_dir"
count=0
while IFS= read -r -d '' file; do
  count=$((count + 1))
  cp "$file" "$seed_dir/$count-$(basename "$file")"
done < <(find "$repo/Tests" "$repo/Examples" "$repo/Fuzz/seeds" -path '*/.build' -prune -o -type f \( "${seeds[@]}" \) -print0
         find "$repo" -maxdepth 1 -type f \( "${seeds[@]}" \) -print0)
echo "== $count seed files, dictionary Fuzz/$target.dict, $seconds s" >&2

log="$work/$target/last.log"
status=0
"$build/fuzz-$target" -max_total_time="$seconds" -timeout=2 -rss_limit_mb=2048 \
  -dict="$repo/Fuzz/$target.dict" -artifact_prefix="$work/$target/crashes/" -print_final_stats=1 \
  "$@" "$work/$target/corpus" "$seed_dir" > "$log" 2>&1 || status=$?

done_line="$(grep -E '^#[0-9]+' "$log" | tail -1 || true)"
executions="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
echo "== $target: ${executions:-?} executions in $seconds s; ${done_line:-no status line}"
if [ "$status" -ne 0 ]; then
  grep -E '^==[0-9]+==|^SUMMARY|ERROR: libFuzzer|Fatal error|fuzz invariant' "$log" | head -20 >&2 || true
  echo "== $target: FAILED (libFuzzer exit $status); inputs in $work/$target/crashes/, log $log" >&2
  exit 1
fi
echo "== $target: no crash, no timeout; corpus $work/$target/corpus, log $log"
