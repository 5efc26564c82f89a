"""Summarises the declared_dependencies survey: WORK/NAME.json (archlint's JSON report),
NAME.err and NAME.status per package. Prints one line per package with violations, the totals
and a few examples of each kind; exits 1 when a package could not be checked (status 2)."""
import json
import os
import sys
from collections import Counter

work, examples = sys.argv[1], int(sys.argv[2])
names = sorted(f[:-len(".status")] for f in os.listdir(work) if f.endswith(".status"))
totals = Counter()
per_package = []
failed = []
samples = {}
for name in names:
    status = int(open(os.path.join(work, name + ".status")).read())
    if status == 2:
        error = open(os.path.join(work, name + ".err")).read().strip().splitlines()
        failed.append((name, error[-1] if error else "no output"))
        continue
    report = json.load(open(os.path.join(work, name + ".json")))
    contract = report["contracts"][0]
    counts = Counter()
    for violation in contract["violations"]:
        note = violation.get("note") or ""
        is_test = violation["importer"].endswith("Tests") or "/Tests/" in "/" + violation["chains"][0][0]["path"]
        if violation["kind"] == "undeclared":
            what = "undeclared product module" if note.startswith("It is a module of the product") else "undeclared target"
        else:
            what = "unused product" if note.startswith("Product ") else "unused target"
        where = "test" if is_test else "non-test"
        counts[what] += 1
        totals[what] += 1
        totals[f"{what} ({where})"] += 1
        link = violation["chains"][0][0]
        samples.setdefault(what, []).append(
            f"{name}: {violation['importer']} -> {violation['imported']} ({link['path']}:{link['lines'][0]})")
    totals["unread targets"] += sum(1 for w in contract["warnings"] if "could not be read" in w)
    totals["packages"] += 1
    totals["modules checked"] += report["summary"]["modules"]
    if counts:
        totals["packages with violations"] += 1
        per_package.append((name, counts))

kinds = ["undeclared target", "undeclared product module", "unused target", "unused product"]
print(f"{'package':32} " + " ".join(f"{k:>26}" for k in kinds))
for name, counts in per_package:
    print(f"{name:32} " + " ".join(f"{counts[k]:>26}" for k in kinds))
print()
print(f"packages checked: {totals['packages']}, with violations: {totals['packages with violations']}, "
      f"could not be checked: {len(failed)}")
for kind in kinds:
    print(f"{kind}: {totals[kind]} (non-test {totals[kind + ' (non-test)']}, test {totals[kind + ' (test)']})")
print(f"targets whose dependencies could not be read (undeclared not checked): {totals['unread targets']}")
for name, error in failed:
    print(f"not checked: {name}: {error}")
for kind in kinds:
    if samples.get(kind):
        print(f"\nexamples of {kind}:")
        for line in samples[kind][:examples]:
            print("  " + line)
sys.exit(1 if failed else 0)
