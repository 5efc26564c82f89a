"""Compares lint-imports' results (project_results.py) with archlint's `check --format json`
report on one project, contract by contract in the configuration's order.

Usage: compare_projects.py LABEL IMPORT_LINTER.json ARCHLINT.json
Prints `LABEL  contracts  verdicts-equal  pairs-equal` on stdout, the differences on stderr;
exits 1 when anything differs or nothing was compared."""
import json
import sys

label, il_path, al_path = sys.argv[1:4]
il = json.load(open(il_path))["contracts"]
try:
    al = json.load(open(al_path))["contracts"]
except (OSError, ValueError, KeyError):
    al = []
verdicts = pairs = 0
for index, expected in enumerate(il):
    actual = al[index] if index < len(al) and al[index]["name"] == expected["name"] else None
    if actual is None:
        print(f"  {label}: {expected['name']}: missing from archlint's report", file=sys.stderr)
        continue
    if expected["type"] == "acyclic_siblings":
        al_pairs = sorted([v["importer"], v["imported"], len(v["chains"])] for v in actual["violations"])
    else:
        al_pairs = sorted([v["importer"], v["imported"]] for v in actual["violations"] if v["chains"])
    if expected["status"] == actual["status"]:
        verdicts += 1
    else:
        print(f"  {label}: {expected['name']}: lint-imports {expected['status']}, archlint {actual['status']}", file=sys.stderr)
    if expected["pairs"] == al_pairs:
        pairs += 1
    else:
        only_il = [p for p in expected["pairs"] if p not in al_pairs][:5]
        only_al = [p for p in al_pairs if p not in expected["pairs"]][:5]
        print(f"  {label}: {expected['name']}: only lint-imports {only_il}, only archlint {only_al}", file=sys.stderr)
broken = sum(1 for c in il if c["status"] == "broken")
print(f"{label}\t{len(il)}\t{broken}\t{verdicts}/{len(il)}\t{pairs}/{len(il)}")
sys.exit(0 if il and verdicts == pairs == len(il) == len(al) else 1)
