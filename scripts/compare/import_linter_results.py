"""Checks every contract of an import-linter configuration as lint-imports does (same graph,
same contract classes, a fresh copy of the graph per contract) and prints each result as JSON,
with the full violation data the text report shortens. A contract that raises is recorded with
its error instead of stopping the run.

Usage: import_linter_results.py CONFIG  (the root packages must be importable)"""
import copy
import json
import sys
import time

from importlinter import configuration
from importlinter.application import use_cases
from importlinter.application.app_config import settings
from importlinter.domain.contract import registry

from il_pairs import pairs_and_chains

configuration.configure()
options = use_cases.read_user_options(config_filename=sys.argv[1])
use_cases._register_contract_types(options)
start = time.perf_counter()
graph = use_cases._build_graph(
    root_package_names=options.session_options["root_packages"],
    include_external_packages=use_cases._get_include_external_packages(options),
    exclude_type_checking_imports=use_cases._get_exclude_type_checking_imports(options),
    verbose=False,
    cache_dir=None,
)
results = {"graph_seconds": time.perf_counter() - start, "contracts": {}}


for contract_options in options.contracts_options:
    ident = contract_options["id"]
    entry = {"name": contract_options["name"], "type": contract_options["type"]}
    try:
        contract = registry.get_contract_class(contract_options["type"])(
            name=contract_options["name"], session_options=options.session_options,
            contract_options=contract_options)
        with settings.TIMER as timer:
            check = contract.check(copy.deepcopy(graph), verbose=False)
        found = pairs_and_chains(contract_options["type"], check.metadata)
        entry.update({
            "kept": check.kept,
            "warnings": sorted(check.warnings),
            "ignored_imports": check.ignored_import_count,
            "violations": sorted([importer, imported, sorted(chains)] for (importer, imported), chains in found.items()),
            "undeclared": sorted(check.metadata.get("undeclared_modules", [])),
            "milliseconds": timer.duration_in_ms,
        })
    except Exception as error:  # import-linter stops the whole run here; we record it and go on.
        entry["error"] = f"{type(error).__name__}: {error}"
    results["contracts"][ident] = entry
json.dump(results, sys.stdout, indent=1)
