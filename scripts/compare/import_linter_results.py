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


def pairs_and_chains(kind, metadata):
    """(importer, imported) pairs, with the chains behind each as lists of module names."""
    found = {}
    if kind == "forbidden":
        for data in metadata["invalid_chains"]:
            chains = [[c[0]["importer"]] + [link["imported"] for link in c] for c in data["chains"]]
            found[(data["downstream_module"], data["upstream_module"])] = chains
    elif kind in ("independence", "layers", "closed_layers"):
        key = "invalid_chains" if kind == "independence" else "invalid_dependencies"
        for data in metadata[key]:
            importer = data.get("downstream_module", data.get("importer"))
            imported = data.get("upstream_module", data.get("imported"))
            chains = []
            for route in data.get("chains", data.get("routes")):
                middle = [link["imported"] for link in route["chain"][:-1]]
                heads = [route["chain"][0]["importer"]] + [link["importer"] for link in route["extra_firsts"]]
                tails = [route["chain"][-1]["imported"]] + [link["imported"] for link in route["extra_lasts"]]
                if not middle:
                    chains.append([heads[0], tails[0]])
                else:
                    chains += [[head, *middle, tail] for head in heads for tail in tails]
            found[(importer, imported)] = chains
    elif kind == "protected":
        for data in metadata["illegal_imports"]:
            for link in data.illegal_links:
                found[(link["importer"], link["imported"])] = [[link["importer"], link["imported"]]]
    elif kind == "acyclic_siblings":
        for package, breakers in metadata["cycle_breakers_by_package"].items():
            depth = package.count(".") + 2
            for importer, imported in breakers:
                pair = (".".join(importer.split(".")[:depth]), ".".join(imported.split(".")[:depth]))
                found.setdefault(pair, []).append([importer, imported])
    return found


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
