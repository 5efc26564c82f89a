"""Compares, contract by contract, import-linter's results (import_linter_results.py) and
`lint-imports`' verdicts with archlint's `check --format json` report.

Usage: compare_results.py IMPORT_LINTER.json LINT_IMPORTS.txt ARCHLINT.json
                          [LINT_IMPORTS_EXIT ARCHLINT_EXIT ARCHLINT_STDERR [CONTRACTS]]
Prints one line per contract and exits 1 when any verdict or violation set differs, when a tool's
exit status does not match its verdicts (0: every contract kept, 1: one broken), when either tool
checked a contract the other did not, or when no contract (or not the CONTRACTS expected) was compared."""
import json
import sys

il = json.load(open(sys.argv[1]))["contracts"]
lint_imports_text = open(sys.argv[2]).read()
lint_imports_exit, archlint_exit, archlint_stderr, expected_count = (sys.argv[4:8] + [None] * 4)[:4]
try:
    archlint_report = json.load(open(sys.argv[3]))
except ValueError:
    print(f"archlint did not write a JSON report (exit {archlint_exit}):")
    print(open(archlint_stderr).read() if archlint_stderr else "")
    sys.exit(1)
archlint = {c["id"]: c for c in archlint_report["contracts"]}

# lint-imports prints "<name> KEPT" / "<name> BROKEN", maybe followed by "(3 warnings)" or
# "(15 ignored imports)", once per contract.
verdicts = {}
for line in lint_imports_text.splitlines():
    text = line.rstrip()
    if text.endswith(")") and " (" in text:
        text = text[: text.rindex(" (")]
    for word in ("KEPT", "BROKEN"):
        if text.endswith(" " + word):
            verdicts.setdefault(text[: -len(word) - 1].strip(), word)

rows, differences, notes = [], 0, []
for ident, expected in il.items():
    actual = archlint.get(ident)
    if "error" in expected or actual is None:
        rows.append((ident, expected["type"], "error", "-", "-", "-", "DIFF"))
        notes.append(f"  {ident}: import-linter: {expected.get('error')}; archlint: {'missing' if actual is None else actual['status']}")
        differences += 1
        continue
    il_status = "kept" if expected["kept"] else "broken"
    cli_status = verdicts.get(expected["name"], "?").lower()
    kind = expected["type"]
    undeclared_archlint = sorted(v["importer"] for v in actual["violations"] if not v["chains"] and kind != "acyclic_siblings")
    if kind == "acyclic_siblings":
        il_pairs = {(a, b, len(chains)) for a, b, chains in expected["violations"]}
        al_pairs = {(v["importer"], v["imported"], len(v["chains"])) for v in actual["violations"]}
    else:
        il_pairs = {(a, b) for a, b, _ in expected["violations"]}
        al_pairs = {(v["importer"], v["imported"]) for v in actual["violations"] if v["chains"]}
    il_chains = sum(len(chains) for _, _, chains in expected["violations"])
    al_chains = sum(len(v["chains"]) for v in actual["violations"])
    same = (il_status == actual["status"] and cli_status == il_status and il_pairs == al_pairs
            and expected["undeclared"] == undeclared_archlint and expected["warnings"] == sorted(actual["warnings"])
            and expected["ignored_imports"] == actual["ignored_imports"])
    differences += not same
    rows.append((ident, kind, f"{il_status}/{cli_status}", actual["status"],
                 f"{len(il_pairs & al_pairs)}/{len(il_pairs)}", f"{il_chains}/{al_chains}", "ok" if same else "DIFF"))
    for label, items in (("only import-linter", il_pairs - al_pairs), ("only archlint", al_pairs - il_pairs)):
        notes += [f"  {ident}: {label}: {item}" for item in sorted(items)[:10]]
    if expected["undeclared"] != undeclared_archlint:
        notes.append(f"  {ident}: undeclared: import-linter {expected['undeclared']}, archlint {undeclared_archlint}")
    if expected["warnings"] != sorted(actual["warnings"]):
        notes.append(f"  {ident}: warnings: import-linter {expected['warnings']}, archlint {sorted(actual['warnings'])}")
    if expected["ignored_imports"] != actual["ignored_imports"]:
        notes.append(f"  {ident}: ignored imports: import-linter {expected['ignored_imports']}, archlint {actual['ignored_imports']}")

for ident in sorted(set(archlint) - set(il)):
    rows.append((ident, archlint[ident]["type"], "missing", archlint[ident]["status"], "-", "-", "DIFF"))
    notes.append(f"  {ident}: checked by archlint only")
    differences += 1

failures = []
if not il:
    failures.append("nothing was compared: import-linter checked no contract")
if expected_count is not None and len(il) != int(expected_count):
    failures.append(f"import-linter checked {len(il)} contracts, the definition has {expected_count}")
any_broken = any(not c.get("kept", False) for c in il.values())
if lint_imports_exit is not None and int(lint_imports_exit) != int(any_broken):
    failures.append(f"lint-imports exited {lint_imports_exit}, expected {int(any_broken)} "
                    f"({'a contract is broken' if any_broken else 'every contract is kept'}):\n" + lint_imports_text[-2000:])
archlint_broken = any(c["status"] != "kept" for c in archlint.values())
if archlint_exit is not None and int(archlint_exit) != int(archlint_broken):
    failures.append(f"archlint exited {archlint_exit}, expected {int(archlint_broken)} "
                    f"({'a contract is broken' if archlint_broken else 'every contract is kept'})")

header = ("contract", "type", "import-linter", "archlint", "violations", "chains il/al", "")
widths = [max(len(str(row[i])) for row in rows + [header]) for i in range(len(header))]
for row in [header] + rows:
    print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip())
print("\n".join(notes))
print(f"{len(rows) - differences} of {len(rows)} contracts agree")
for failure in failures:
    print(f"error: {failure}")
sys.exit(1 if differences or failures else 0)
