#!/usr/bin/env python3
"""Instruction counts of archlint's phases from callgrind profiles, side by side.

    valgrind --tool=callgrind --callgrind-out-file=before.out archlint check --no-cache
    scripts/bench/callgrind-phases.py before.out after.out

Each phase is the inclusive count of the function that runs it (the largest one whose demangled
name matches, so a thunk and its body are not added twice). Work done on other threads counts
too: callgrind attributes a worker's calls to the closure it runs. Needs callgrind_annotate
(valgrind) and `swift demangle` (the toolchain).

A profile taken with --separate-threads=yes (files PATH-01, PATH-02, ...) is read thread by
thread: the first as above, each other one by the phases' closures it ran (discovery's and the
graph's fan their work out to the other core, which the first thread's counts do not include).
"""
import glob, re, subprocess, sys

PHASES = [
    ("whole run", None),
    ("discovery", r"static Workspace\.discover\("),
    ("scanning and resolution (every file)", r"closure #\d+ in static WorkspacePipeline\.build<"),
    ("  check and scan (PythonImportScanner.checkAndScan)", r"static PythonImportScanner\.checkAndScan\("),
    ("  scanner (PythonImportScanner.scan)", r"static PythonImportScanner\.scan\("),
    ("  source check (UTF-8, NUL)", r"static PythonSourceCheck\.check\("),
    ("  resolution (PythonFrontEnd.resolve)", r"static PythonFrontEnd\.resolve\("),
    ("graph (ImportGraph.init)", r"ImportGraph\.init\(modules:imports:\)"),
    ("contracts", r"closure #\d+ in static CheckRun\.perform\("),
]


# What a worker thread runs of each phase: its closures. The graph's do not nest (each counts);
# the walk's nest (the largest, outermost, holds the others).
WORKER_PHASES = {
    "discovery": (r"closure #\d+ in PythonModuleFinder\.walk\(", False),
    "scanning and resolution (every file)": (r"closure #\d+ in static WorkspacePipeline\.build<", False),
    "  check and scan (PythonImportScanner.checkAndScan)": (r"static PythonImportScanner\.checkAndScan\(", False),
    "  scanner (PythonImportScanner.scan)": (r"static PythonImportScanner\.scan\(", False),
    "  source check (UTF-8, NUL)": (r"static PythonSourceCheck\.check\(", False),
    "  resolution (PythonFrontEnd.resolve)": (r"static PythonFrontEnd\.resolve\(", False),
    "graph (ImportGraph.init)": (r"closure #\d+ in ImportGraph\.init\(modules:imports:\)", True),
    "contracts": (r"closure #\d+ in static CheckRun\.perform\(", False),
}


def annotated(path):
    text = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", path],
                          capture_output=True, text=True, check=True).stdout
    names = subprocess.run(["swift", "demangle", "--simplified"], input=text,
                           capture_output=True, text=True, check=True).stdout
    for line in names.splitlines():
        match = re.match(r"\s*([\d,]+)\s+\([\s\d.]+%\)\s+(.*)", line)
        if match:
            yield int(match.group(1).replace(",", "")), match.group(2)


def worker_phases(path):
    found, total = {}, 0
    for count, name in annotated(path):
        if name.startswith("PROGRAM TOTALS"):
            total = count
            continue
        if "partial apply" in name:
            continue
        for label, (pattern, distinct) in WORKER_PHASES.items():
            match = re.search(pattern, name)
            if match:
                key = (label, match.group(0) if distinct else "")
                found[key] = max(found.get(key, 0), count)
    summed = {"whole run": total}
    for (label, _), count in found.items():
        summed[label] = summed.get(label, 0) + count
    return summed


def all_threads(path):
    threads = sorted(glob.glob(path + "-[0-9][0-9]"))
    if not threads:
        return phases(path)
    found = phases(threads[0])
    for thread in threads[1:]:
        for label, count in worker_phases(thread).items():
            found[label] = found.get(label, 0) + count
    return found


def phases(path):
    annotated = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", path],
                               capture_output=True, text=True, check=True).stdout
    names = subprocess.run(["swift", "demangle", "--simplified"], input=annotated,
                           capture_output=True, text=True, check=True).stdout
    total, found = None, {}
    for line in names.splitlines():
        match = re.match(r"\s*([\d,]+)\s+\([\s\d.]+%\)\s+(.*)", line)
        if not match:
            continue
        count, name = int(match.group(1).replace(",", "")), match.group(2)
        if name.startswith("PROGRAM TOTALS"):
            total = count
            continue
        for label, pattern in PHASES:
            if pattern and re.search(pattern, name):
                found[label] = max(found.get(label, 0), count)
    found["whole run"] = total
    return found


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        raise SystemExit(2)
    columns = [all_threads(path) for path in sys.argv[1:]]
    print("| phase | " + " | ".join(sys.argv[1:]) + " |")
    print("|---|" + "---:|" * len(columns))
    for label, _ in PHASES:
        cells = [f"{c[label] / 1e6:,.1f} M" if c.get(label) else "—" for c in columns]
        print(f"| {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
