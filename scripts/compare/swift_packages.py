"""Compares archlint's graph of each Swift package with SwiftPM's describe and the SwiftSyntax oracle.

Called by scripts/compare-swift-packages.sh with: WORK ORACLE EXCEPTIONS VERBOSE. WORK/compared
lists `name tag package-folder describe.json` per package; WORK/NAME holds archlint's graph.json,
graph.err and check.json. Prints the differences, then a table of counts per package; exits 1
when a package differs beyond the listed exceptions, when a listed exception did not happen, or
when nothing was compared.
"""
import json
import os
import subprocess
import sys
from collections import Counter

work, oracle, exceptions_path, verbose = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "1"

# package -> {("target", name) | ("file", path): "Package.swift:LINE reason"}
exceptions = {}
for raw in open(exceptions_path, encoding="utf-8"):
    if not raw.strip() or raw.startswith("#"):
        continue
    package, kind, item, where, reason = raw.rstrip("\n").split("\t")
    exceptions.setdefault(package, {})[(kind, item)] = f"{where} {reason}"


def swift_files_under(root):
    count = 0
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        count += sum(1 for f in files if f.endswith(".swift") and not f.startswith("."))
    return count


rows = []
failed = []
used_exceptions = set()
for line in open(os.path.join(work, "compared"), encoding="utf-8"):
    name, tag, package_dir, describe_path = line.split()
    out = os.path.join(work, name)
    listed = exceptions.get(name, {})
    problems = []
    try:
        describe = json.load(open(describe_path))
    except Exception:
        describe = None
    try:
        graph = json.load(open(os.path.join(out, "graph.json")))
    except Exception:
        graph = None
    if describe is None or graph is None:
        which = "describe" if describe is None else "archlint graph"
        err = open(os.path.join(out, "graph.err")).read().strip() if graph is None else ""
        print(f"{name} {tag}: {which} gave no JSON {err[:300]}")
        failed.append(name)
        rows.append((name, tag, "-", "-", "-", "-", "-", "-", "FAIL"))
        continue

    def excused(kind, item):
        key = (kind, item)
        if key in listed:
            used_exceptions.add((name,) + key)
            return True
        return False

    # Targets: (module name, folder).
    expected_targets = Counter((t["c99name"], t["path"]) for t in describe["targets"])
    found_targets = Counter((m["name"], m.get("path")) for m in graph["modules"] if m["kind"] != "external")
    describe_names = {t["c99name"] for t in describe["targets"]}
    found_names = {m["name"] for m in graph["modules"] if m["kind"] != "external"}
    missing_targets = [t for t in (expected_targets - found_targets) if not excused("target", t[0])]
    extra_targets = [t for t in (found_targets - expected_targets) if not excused("target", t[0])]
    # Modules only one side has, excused above: their files and imports are not compared.
    only_described = {t for t in describe_names - found_names if ("target", t) in listed}
    only_found = {t for t in found_names - describe_names if ("target", t) in listed}

    # Files: every .swift source describe lists for a Swift target, with its module.
    module_of_file = {}
    for target in describe["targets"]:
        if target.get("module_type") not in ("SwiftTarget", "PluginTarget"):
            continue
        if target["c99name"] in only_described:
            continue
        for source in target.get("sources", []):
            if source.endswith(".swift"):
                path = os.path.normpath(os.path.join(target["path"], source))
                if not excused("file", path):
                    module_of_file[path] = target["c99name"]
    try:
        scanned = json.load(open(os.path.join(out, "check.json")))["summary"]["files"]
    except Exception:
        scanned = -1
    excused_found_files = 0
    for module in graph["modules"]:
        if module["name"] in only_found and module.get("path"):
            excused_found_files += swift_files_under(os.path.join(package_dir, module["path"]))
    found_files = scanned - excused_found_files
    for (kind, item) in listed:
        if kind == "file" and item not in module_of_file and (name, kind, item) not in used_exceptions \
                and os.path.isfile(os.path.join(package_dir, item)):
            found_files -= 1  # a file only archlint reads, listed as expected
            used_exceptions.add((name, kind, item))

    # Imports: (file, line, imported module, importer) per import declaration.
    listing = "".join(path + "\n" for path in sorted(module_of_file))
    oracle_out = subprocess.run([oracle], input=listing, capture_output=True, text=True, cwd=package_dir, check=True).stdout
    expected_imports = Counter()
    for row in oracle_out.splitlines():
        path, number, dotted = row.split("\t")[:3]
        path = os.path.normpath(path)
        expected_imports[(path, int(number), dotted.split(".")[0], module_of_file.get(path, "?"))] += 1
    found_imports = Counter()
    for statement in graph["imports"]:
        path = os.path.normpath(statement["path"])
        if statement["importer"] in only_found or ("file", path) in listed:
            continue
        found_imports[(path, statement["line"], statement["imported"], statement["importer"])] += 1
    missing_imports = expected_imports - found_imports
    extra_imports = found_imports - expected_imports

    for target in sorted(missing_targets):
        problems.append(f"missing target {target}")
    for target in sorted(extra_targets):
        problems.append(f"extra target   {target}")
    if found_files != len(module_of_file):
        problems.append(f"files: SwiftPM {len(module_of_file)}, archlint {found_files}")
    missing_files = sorted({key[0] for key in missing_imports} - {key[0] for key in found_imports})
    extra_files = sorted({key[0] for key in extra_imports} - {key[0] for key in expected_imports})
    for path in missing_files[:20]:
        problems.append(f"missing file   {path} ({module_of_file.get(path, '?')})")
    for path in extra_files[:20]:
        problems.append(f"extra file     {path}")
    shown = 0
    for key in sorted(missing_imports):
        if key[0] not in missing_files and shown < 15:
            problems.append(f"missing import {key}")
            shown += 1
    shown = 0
    for key in sorted(extra_imports):
        if key[0] not in extra_files and shown < 15:
            problems.append(f"extra import   {key}")
            shown += 1

    status = "ok" if not problems else "DIFF"
    if problems:
        failed.append(name)
    if problems or verbose:
        print(f"{name} {tag}:")
        for problem in problems:
            print(f"  {problem}")
        if verbose:
            errors = open(os.path.join(out, "graph.err")).read().strip()
            for diagnostic in errors.splitlines()[:20]:
                print(f"  archlint: {diagnostic}")
    rows.append((
        name, tag,
        f"{sum(expected_targets.values()) - len(only_described)}", f"{len(missing_targets)}/{len(extra_targets)}",
        f"{len(module_of_file)}", f"{max(len(module_of_file) - found_files, len(missing_files))}/"
                                  f"{max(found_files - len(module_of_file), len(extra_files))}",
        f"{sum(expected_imports.values())}", f"{sum(missing_imports.values())}/{sum(extra_imports.values())}",
        status,
    ))

compared = {r[0] for r in rows}
stale = [(p, k, i) for p, items in exceptions.items() for (k, i) in items
         if (p, k, i) not in used_exceptions and p in compared]

print()
print("Expected differences (only non-Linux #if branches of the manifest hold them):")
for (package, kind, item) in sorted(used_exceptions):
    print(f"  {package}: {kind} {item}  ({exceptions[package][(kind, item)]})")
for (package, kind, item) in stale:
    print(f"  STALE {package}: {kind} {item} is listed but did not differ")
    if package not in failed:
        failed.append(package)

print()
header = ("package", "tag", "targets", "miss/extra", "files", "miss/extra", "imports", "miss/extra", "")
widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
for row in [header] + rows:
    print("  ".join(str(c).ljust(w) if i < 2 else str(c).rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
totals = [sum(int(r[i]) for r in rows if r[i] != "-") for i in (2, 4, 6)]
print(f"{len(rows)} packages, {totals[0]} targets, {totals[1]} files, {totals[2]} imports; "
      f"{len(failed)} differ{': ' + ', '.join(failed) if failed else ''}")
sys.exit(1 if failed or not rows else 0)
