#!/usr/bin/env bash
# Runs one libFuzzer target of archlint's readers for SECONDS seconds (issue 15).
#
#   scripts/fuzz.sh TARGET SECONDS [extra libFuzzer arguments]
#   scripts/fuzz.sh --list
#
# Each target is Fuzz/TARGET.swift (an LLVMFuzzerTestOneInput) built with the Sources folders
# it needs, each as its own module, by `swiftc -sanitize=fuzzer,address -O` into
# .build-fuzz/TARGET (ignored by git). Its seeds are the repository's test fixtures and examples
# of its kind, its dictionary Fuzz/<dict>.dict. What the run finds lives outside the repository,
# in $ARCHLINT_FUZZ_WORK/TARGET (default ../fuzz-work next to the repository): corpus/ grows
# from run to run, crashes/ holds every input that crashed, timed out or ran out of memory.
# The exit status is non-zero when the run found one. libFuzzer runs as one process (no -jobs):
# the machine is shared.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${ARCHLINT_FUZZ_WORK:-$(dirname "$repo")/fuzz-work}"

# TARGET  MODULES (Sources/<name>, in dependency order)  FALLBACK (files compiled into the
# target when the first module's folder does not exist; - for none)  SEEDS (file name patterns)
# DICTIONARY. A new reader is one line here and one Fuzz/<target>.swift.
table='
python    ArchlintGraph,ArchlintScanning  -  *.py  python
swift     ArchlintGraph,ArchlintScanning  -  *.swift  swift
manifest  ArchlintGraph,ArchlintScanning  -  Package.swift,Package@swift-*.swift  manifest
json      ArchlintConfigSyntax  -  *.json  json
toml      ArchlintConfigSyntax  -  *.toml  toml
ini       ArchlintConfigSyntax  -  *.cfg,*.ini,.importlinter  ini
'

usage() {
  echo "usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer arguments]   (targets:$(awk 'NF {printf " %s", $1}' <<<"$table"))" >&2
  exit 2
}
[ "${1:-}" = "--list" ] && { awk 'NF {print $1}' <<<"$table"; exit 0; }
[ $# -ge 2 ] || usage
target="$1" seconds="$2"
shift 2
case "$seconds" in '' | *[!0-9]*) usage ;; esac
row="$(awk -v t="$target" '$1 == t' <<<"$table")"
[ -n "$row" ] || usage
read -r _ modules fallback seeds dict <<<"$row"

build="$repo/.build-fuzz/$target"
mkdir -p "$build" "$work/$target/corpus" "$work/$target/crashes"
flags=(-sanitize=fuzzer,address -parse-as-library -O -package-name archlint -I "$build" -L "$build")

# Modules, each compiled once with the same instrumentation; a missing folder ends the list (its
# fallback files then join the target's own files).
echo "== building fuzz target '$target' in $build" >&2
extra_files=()
links=()
IFS=, read -r -a module_list <<<"$modules"
for module in "${module_list[@]}"; do
  if [ ! -d "$repo/Sources/$module" ]; then
    if [ "$fallback" = "-" ]; then
      echo "fuzz.sh: Sources/$module does not exist (yet): no '$target' target in this checkout" >&2
      exit 2
    fi
    IFS=, read -r -a extra_files <<<"$fallback"
    extra_files=("${extra_files[@]/#/$repo/}")
    break
  fi
  mapfile -t files < <(find "$repo/Sources/$module" -name '*.swift' | sort)
  links=("-l$module" "${links[@]}")  # a static library before the ones it uses
  if [ -z "${rebuilt:-}" ] && [ -f "$build/lib$module.a" ] &&
     [ -z "$(find "$repo/Sources/$module" -newer "$build/lib$module.a" -print -quit)" ]; then
    continue  # built from these very sources, and so were the modules it uses
  fi
  rebuilt=1
  swiftc "${flags[@]}" -module-name "$module" -emit-module -emit-module-path "$build/$module.swiftmodule" \
    -emit-library -static -o "$build/lib$module.a" "${files[@]}" 2> "$build/$module.log" ||
    { cat "$build/$module.log" >&2; rm -f "$build/lib$module.a"; exit 2; }
done
swiftc "${flags[@]}" -module-name "Fuzz_$target" "${links[@]}" -o "$build/fuzz-$target" \
  "$repo/Fuzz/FuzzSupport.swift" "$repo/Fuzz/$target.swift" "${extra_files[@]}" 2> "$build/target.log" ||
  { cat "$build/target.log" >&2; exit 2; }

# Seeds: fresh from the repository on every run (the corpus folder keeps what runs found).
seed_dir="$work/$target/seeds"
rm -rf "$seed_dir"
mkdir -p "$seed_dir"
IFS=, read -r -a patterns <<<"$seeds"
names=()
for pattern in "${patterns[@]}"; do names+=(${names[0]+-o} -name "$pattern"); done
count=0
while IFS= read -r -d '' file; do
  count=$((count + 1))
  cp "$file" "$seed_dir/$count-$(basename "$file")"
done < <(find "$repo/Tests/Fixtures" "$repo/Examples" "$repo/Fuzz/seeds" -type f \( "${names[@]}" \) -print0
         find "$repo" -maxdepth 1 -type f \( "${names[@]}" \) -print0)
echo "== $count seed files, dictionary Fuzz/$dict.dict, $seconds s" >&2

log="$work/$target/last.log"
status=0
"$build/fuzz-$target" -max_total_time="$seconds" -timeout=2 -rss_limit_mb=2048 \
  -dict="$repo/Fuzz/$dict.dict" -artifact_prefix="$work/$target/crashes/" -print_final_stats=1 \
  "$@" "$work/$target/corpus" "$seed_dir" > "$log" 2>&1 || status=$?

# The summary: libFuzzer's last status line and its final statistics.
done_line="$(grep -E '^#[0-9]+' "$log" | tail -1 || true)"
executions="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
echo "== $target: ${executions:-?} executions in $seconds s; ${done_line:-no status line}"
if [ "$status" -ne 0 ]; then
  grep -E '^==[0-9]+==|^SUMMARY|ERROR: libFuzzer|Fatal error|fuzz invariant' "$log" | head -20 >&2 || true
  echo "== $target: FAILED (libFuzzer exit $status); inputs in $work/$target/crashes/, log $log" >&2
  exit 1
fi
echo "== $target: no crash, no timeout; corpus $work/$target/corpus, log $log"
