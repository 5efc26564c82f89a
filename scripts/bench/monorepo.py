#!/usr/bin/env python3
"""The million-file monorepo benchmark (issue 16): cold and warm `archlint check`, peak memory and
the read floor on a synthetic monorepo made of renamed copies of ansible_collections.

Copy K of the monorepo is the package `ansible_collections_K` (K = 00, 01, ...): every module file
archlint reads in ansible_collections (the files of its module graph, nothing else), with every
occurrence of the name `ansible_collections` in them rewritten to `ansible_collections_K`, so each
copy's imports stay inside the copy. The copies live in one source root outside the repository;
the workload of N copies checks the first N of them (root packages `ansible_collections_00` to
`..._N-1`), with a layers and a forbidden contract per copy, so 1, 8 and 70 copies do the same
work per file and the growth can be read off the table.

Before timing, each workload checks that archlint scanned exactly N times the files of one copy,
that the warm report equals the cold one, and that the floor read every file. Then: the median of
`--runs` runs (after a warm-up) of cold (`--no-cache`), warm (cache filled) and the floor
(scripts/bench/readfloor.c reading the same files with two threads), with peak memory. Run it
through scripts/bench-monorepo.sh."""
import argparse, json, os, shutil, statistics, subprocess, sys, time
from pathlib import Path


def fail(message):
    print(f"\nbench-monorepo: error: {message}", file=sys.stderr)
    raise SystemExit(1)


TIME = "/usr/bin/time"


def measure(cmd, cwd, expected):
    """(wall seconds, peak RSS in MiB, CPU seconds) of one run; fails unless it exits `expected`.
    The peak comes from GNU time, which forks from its own small process: Linux keeps a process's
    high-water mark across exec, so a child forked from this (large) Python process would report
    Python's memory, not its own."""
    report = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-monorepo-{os.getpid()}.time"
    start = time.perf_counter()
    proc = subprocess.Popen([TIME, "-f", "%M %U %S", "-o", str(report), *map(str, cmd)], cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    code = proc.wait()
    elapsed = time.perf_counter() - start
    if code != expected:
        fail(f"exit {code} where {expected} was expected: {' '.join(map(str, cmd))} (in {cwd})")
    kilobytes, user, system = report.read_text().split()[-3:]
    return elapsed, int(kilobytes) / 1024, float(user) + float(system)


def median_rows(cmds, cwd, runs):
    """One warm-up each, then `runs` rounds running each command once in turn (interleaved, so a
    busy spell of the machine hits them alike). Per command: (median s, min s, max s, median MiB, median CPU s)."""
    for cmd, code in cmds:
        measure(cmd, cwd, code)
    samples = [[] for _ in cmds]
    for _ in range(runs):
        for index, (cmd, code) in enumerate(cmds):
            samples[index].append(measure(cmd, cwd, code))
    return [(statistics.median(s[0] for s in runs_), min(s[0] for s in runs_), max(s[0] for s in runs_),
             statistics.median(s[1] for s in runs_), statistics.median(s[2] for s in runs_)) for runs_ in samples]


def module_files(archlint, original, scratch):
    """The files archlint reads in ansible_collections, relative to its folder (from `archlint graph`)."""
    scratch.mkdir(parents=True, exist_ok=True)
    config = scratch / "contracts.json"
    config.write_text(json.dumps({"python": {"source_roots": [str(original.parent)],
                                             "root_packages": ["ansible_collections"]}, "contracts": []}))
    out = subprocess.run([archlint, "graph", "--format", "json", "--no-cache", "--config", str(config)],
                         capture_output=True, text=True)
    if out.returncode != 0:
        fail(f"archlint graph on {original} failed (exit {out.returncode}):\n{out.stderr[-2000:]}")
    paths = sorted({m["path"] for m in json.loads(out.stdout)["modules"] if m.get("path", "").endswith(".py")})
    prefix = str(original) + "/"
    relative = [p[len(prefix):] for p in paths if p.startswith(prefix)]
    if not relative or len(relative) != len(paths):
        fail(f"archlint graph named {len(paths)} module files, {len(relative)} of them under {original}")
    return relative


def build_copies(root, original, files, copies):
    """Writes copies 00 to copies-1 that are missing (a copy is complete once its marker exists)."""
    root.mkdir(parents=True, exist_ok=True)
    old = b"ansible_collections"
    for index in range(copies):
        name = f"ansible_collections_{index:02d}"
        marker = root / f".{name}.done"
        if marker.exists():
            continue
        target = root / name
        shutil.rmtree(target, ignore_errors=True)
        new = name.encode()
        made = set()
        for relative in files:
            destination = target / relative
            folder = destination.parent
            if folder not in made:
                folder.mkdir(parents=True, exist_ok=True)
                made.add(folder)
            destination.write_bytes((original / relative).read_bytes().replace(old, new))
        marker.write_text(f"{len(files)}\n")
        print(f"   wrote {name} ({len(files)} files)", file=sys.stderr, flush=True)


def write_workload(folder, root, copies):
    """contracts.json for the first `copies` copies, and the list of their files for the floor."""
    folder.mkdir(parents=True, exist_ok=True)
    packages = [f"ansible_collections_{i:02d}" for i in range(copies)]
    contracts = []
    for package in packages:
        contracts.append({"id": f"{package}-layers", "name": f"{package} namespaces layers", "type": "layers",
                          "layers": [f"{package}.community", f"{package}.amazon", f"{package}.ansible"]})
        contracts.append({"id": f"{package}-forbidden", "name": f"{package} community.general does not use amazon.aws",
                          "type": "forbidden", "source_modules": [f"{package}.community.general"],
                          "forbidden_modules": [f"{package}.amazon.aws"]})
    (folder / "contracts.json").write_text(json.dumps(
        {"python": {"source_roots": [str(root)], "root_packages": packages}, "contracts": contracts}, indent=1))
    return folder


def file_list(folder, root, copies, files):
    listing = folder / "files.nul"
    with open(listing, "wb") as out:
        for index in range(copies):
            base = f"{root}/ansible_collections_{index:02d}/"
            out.write(b"".join((base + relative).encode() + b"\0" for relative in files))
    return listing


def scanned_count(archlint, folder):
    """How many files a cold run scanned, from --show-timings, and its exit status."""
    out = subprocess.run([archlint, "check", "--no-cache", "--show-timings"], cwd=folder, capture_output=True, text=True)
    for line in out.stderr.splitlines():
        if line.startswith("scanning (") and " scanned" in line:
            return int(line[len("scanning ("):].split(" ")[0]), out.returncode
    fail(f"archlint check in {folder} printed no scanning line (exit {out.returncode}):\n{out.stderr[-2000:]}")


def check_workload(archlint, folder, expected_files):
    count, code = scanned_count(archlint, folder)
    if count != expected_files:
        fail(f"{folder}: archlint scanned {count} files, {expected_files} expected")
    if code not in (0, 1):
        fail(f"{folder}: archlint check exited {code}")
    cold = subprocess.run([archlint, "check", "--no-cache", "--format", "json"], cwd=folder, capture_output=True, text=True)
    subprocess.run([archlint, "check"], cwd=folder, capture_output=True)  # fills the cache
    warm = subprocess.run([archlint, "check", "--format", "json"], cwd=folder, capture_output=True, text=True)
    if cold.stdout != warm.stdout or cold.returncode != warm.returncode:
        fail(f"{folder}: the warm report differs from the cold one")
    kept = sum(c["status"] == "kept" for c in json.loads(cold.stdout)["contracts"])
    print(f"checked: {folder.name}: {count} files scanned, {kept} of {len(json.loads(cold.stdout)['contracts'])} "
          f"contracts kept, warm report = cold report, exit {code}", flush=True)
    return code


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--archlint", required=True)
    parser.add_argument("--readfloor", required=True)
    parser.add_argument("--original", required=True, type=Path, help="the unpacked ansible_collections folder")
    parser.add_argument("--work", required=True, type=Path, help="where the copies and workloads go")
    parser.add_argument("--copies", default="1,8,70")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not os.access(TIME, os.X_OK):
        fail(f"{TIME} (GNU time, Debian's package 'time') measures peak memory here; install it")
    counts = sorted({int(c) for c in args.copies.split(",")})
    if not counts or counts[0] < 1 or counts[-1] > 100:
        parser.error("--copies takes numbers from 1 to 100, such as 1,8,70")
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    files = module_files(args.archlint, args.original.resolve(), args.work / "probe")
    root = args.work / "src"
    print(f"== {len(files)} module files per copy; writing up to {counts[-1]} copies in {root}", file=sys.stderr, flush=True)
    build_copies(root, args.original.resolve(), files, counts[-1])
    time.sleep(2.1)  # archlint caches no file modified in the last two seconds
    version = subprocess.run([args.archlint, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"archlint monorepo benchmark, median of {args.runs} runs after a warm-up; {os.cpu_count()} cores; "
          f"{subprocess.run(['uname', '-srm'], capture_output=True, text=True).stdout.strip()}; {version}", flush=True)
    rows = []
    for copies in counts:
        folder = write_workload(args.work / f"workload-{copies}", root, copies)
        listing = file_list(folder, root, copies, files)
        code = check_workload(args.archlint, folder, copies * len(files))
        floor = subprocess.run([args.readfloor, "--list", str(listing)], capture_output=True, text=True)
        if floor.returncode != 0 or f" {copies * len(files)} files" not in floor.stderr:
            fail(f"the floor did not read the {copies * len(files)} files: {floor.stderr.strip()}")
        cold, warm, floor = median_rows([([args.archlint, "check", "--no-cache"], code),
                                         ([args.archlint, "check"], code),
                                         ([args.readfloor, "--list", str(listing)], 0)], folder, args.runs)
        rows.append((copies, copies * len(files), cold, warm, floor))
        print(f"   {copies} copies: cold {cold[0]:.3f} s, warm {warm[0]:.3f} s, floor {floor[0]:.3f} s", file=sys.stderr, flush=True)
    print("\n| copies | files | cold (s) | cold peak (MiB) | warm (s) | warm peak (MiB) | floor (s) | cold / floor | warm / floor | cold per 1,000 files (s) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for copies, count, cold, warm, floor in rows:
        print(f"| {copies} | {count:,} | {cold[0]:.3f} | {cold[3]:,.0f} | {warm[0]:.3f} | {warm[3]:,.0f} | {floor[0]:.3f} | "
              f"{cold[0] / floor[0]:.2f}x | {warm[0] / floor[0]:.2f}x | {1000 * cold[0] / count:.3f} |")


if __name__ == "__main__":
    main()
