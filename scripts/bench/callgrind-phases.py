#!/usr/bin/env python3
"""Instruction counts of archlint's phases from callgrind profiles, side by side.

    valgrind --tool=callgrind --callgrind-out-file=before.out archlint check --no-cache
    scripts/bench/callgrind-phases.py before.out after.out

Each phase is the inclusive count of the function that runs it (the largest one whose demangled
name matches, so a thunk and its body are not added twice). Work done on other threads counts
too: callgrind attributes a worker's calls to the closure it runs. Needs callgrind_annotate
(valgrind) and `swift demangle` (the toolchain)."""
import re, subprocess, sys

PHASES = [
    ("whole run", None),
    ("discovery", r"static Workspace\.discover\("),
    ("scanning and resolution (every file)", r"closure #\d+ in static WorkspacePipeline\.build<"),
    ("  scanner (PythonImportScanner.scan)", r"static PythonImportScanner\.scan\("),
    ("  source check (UTF-8, NUL)", r"static PythonSourceCheck\.check\("),
    ("  resolution (PythonFrontEnd.resolve)", r"static PythonFrontEnd\.resolve\("),
    ("graph (ImportGraph.init)", r"ImportGraph\.init\(modules:imports:\)"),
    ("contracts", r"closure #\d+ in static CheckRun\.perform\("),
]


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
    columns = [phases(path) for path in sys.argv[1:]]
    print("| phase | " + " | ".join(sys.argv[1:]) + " |")
    print("|---|" + "---:|" * len(columns))
    for label, _ in PHASES:
        cells = [f"{c[label] / 1e6:,.1f} M" if c.get(label) else "—" for c in columns]
        print(f"| {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
