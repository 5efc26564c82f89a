#!/usr/bin/env bash
# Times archlint reading the eight Swift packages of scripts/compare-swift.sh (clone them
# with that script first), release build, median of 5 runs, and the SwiftSyntax oracle on the
# same files. Each package is its own configuration (their module names clash: two packages
# have a target named PerformanceTest), so a run is eight `archlint check` processes; the
# figures are the sum over the eight of the wall time and of the "discovery" and "scanning"
# phases that `--show-timings` reports, without the cache (every file read and scanned).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
corpora="${ARCHLINT_CORPORA:-/work/corpora}"
oracle="${ARCHLINT_SWIFT_ORACLE:-$corpora/oracle-build/release/swift-imports}"
names=(swift-syntax swift-nio vapor grpc-swift-2 swift-collections swift-dependencies hummingbird swift-openapi-generator)
runs=5

bin="${ARCHLINT_BIN:-}"
if [ -z "$bin" ]; then
  swift build -c release --package-path "$repo" --product archlint >&2
  bin="$(swift build -c release --package-path "$repo" --show-bin-path)/archlint"
fi

python3 - "$bin" "$oracle" "$corpora/swift" "$runs" "${names[@]}" <<'PY'
import json, os, resource, statistics, subprocess, sys, time

def cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime

bin, oracle, root, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
names = sys.argv[5:]
configs = [os.path.join(root, name) for name in names]

def write_config(folder, source=None, external=None):
    path = os.path.join(folder, ".archlint-bench.json")
    contracts = []
    if source:
        contracts = [{"id": "bench", "name": "bench", "type": "forbidden",
                      "source_modules": [source], "forbidden_modules": [external]}]
    with open(path, "w") as f:
        json.dump({"swift": {"packages": ["."]}, "contracts": contracts}, f)
    return path

# `check` needs a contract: forbid the first external module to the first internal one.
checks = []
for folder in configs:
    graph = json.loads(subprocess.run([bin, "graph", "--format", "json", "--config", write_config(folder)],
                                      capture_output=True, text=True, check=True).stdout)
    internal = next(m["name"] for m in graph["modules"] if m["kind"] != "external")
    external = next(m["name"] for m in graph["modules"] if m["kind"] == "external")
    checks.append(write_config(folder, internal, external))

files = 0
walls, phases, cpus = [], [], []
try:
    for _ in range(runs):
        wall = phase = 0.0
        cpu_start = cpu()
        for config in checks:
            start = time.perf_counter()
            run = subprocess.run([bin, "check", "--no-cache", "--show-timings", "--format", "json", "--config", config],
                                 capture_output=True, text=True)
            wall += time.perf_counter() - start
            files += json.loads(run.stdout)["summary"]["files"]
            for line in run.stderr.splitlines():
                if line.startswith("discovery ") or line.startswith("scanning ("):
                    phase += float(line.split()[-2])
        walls.append(wall)
        phases.append(phase)
        cpus.append(cpu() - cpu_start)
finally:
    for folder in configs:
        os.remove(os.path.join(folder, ".archlint-bench.json"))
files //= runs

# The oracle on every .swift file of the packages' targets, in one process.
listing = []
for folder in configs:
    describe = json.loads(subprocess.run(["swift", "package", "--package-path", folder, "--scratch-path",
                                          "/tmp/archlint-bench-scratch", "describe", "--type", "json"],
                                         capture_output=True, text=True, check=True).stdout)
    for target in describe["targets"]:
        for source in target.get("sources", []):
            if source.endswith(".swift"):
                listing.append(os.path.join(folder, target["path"], source))
oracle_times, oracle_cpus = [], []
for _ in range(runs):
    start, cpu_start = time.perf_counter(), cpu()
    subprocess.run([oracle], input="\n".join(listing) + "\n", capture_output=True, text=True, check=True)
    oracle_times.append(time.perf_counter() - start)
    oracle_cpus.append(cpu() - cpu_start)

print(f"files: {files} (archlint), {len(listing)} (SwiftPM targets)")
print(f"archlint, 8 processes, wall time:           median {statistics.median(walls):.3f} s  runs {' '.join(f'{t:.3f}' for t in walls)}")
print(f"archlint, discovery and scanning phase:     median {statistics.median(phases):.3f} s  runs {' '.join(f'{t:.3f}' for t in phases)}")
print(f"archlint, CPU time (user+sys):              median {statistics.median(cpus):.3f} s  runs {' '.join(f'{t:.3f}' for t in cpus)}")
print(f"SwiftSyntax oracle, 1 process, same files:  median {statistics.median(oracle_times):.3f} s  runs {' '.join(f'{t:.3f}' for t in oracle_times)}")
print(f"SwiftSyntax oracle, CPU time (user+sys):    median {statistics.median(oracle_cpus):.3f} s  runs {' '.join(f'{t:.3f}' for t in oracle_cpus)}")
print(f"load average while measuring: {os.getloadavg()[0]:.2f} (2 cores)")
PY
