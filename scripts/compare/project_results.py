"""Checks a project's own import-linter configuration as `lint-imports` does when run in the
project's root, and prints each contract's verdict and violation pairs as JSON, in the
configuration's order.

Usage: project_results.py [CONFIG]   (run in the project's root; CONFIG as lint-imports --config)

Root packages are looked for as `lint-imports` finds them with PYTHONPATH=src: the working folder,
then src/, then PYTHONPATH. Only the lookup of the project's top-level packages goes straight to
those folders (importlib's PathFinder), so a project named like an installed package (import-linter's
own repository) is read from its checkout rather than from site-packages."""
import copy
import importlib.machinery
import importlib.util
import json
import os
import sys

from importlinter import configuration
from importlinter.application import use_cases
from importlinter.domain.contract import registry

from il_pairs import pairs_and_chains

search_path = [os.getcwd(), os.path.join(os.getcwd(), "src")] + [p for p in os.environ.get("PYTHONPATH", "").split(":") if p]
original_find_spec = importlib.util.find_spec


def find_spec(name, package=None):
    if "." not in name:
        spec = importlib.machinery.PathFinder.find_spec(name, search_path)
        if spec is not None:
            return spec
    return original_find_spec(name, package)


importlib.util.find_spec = find_spec

configuration.configure()
options = use_cases.read_user_options(config_filename=sys.argv[1] if len(sys.argv) > 1 else None)
use_cases._register_contract_types(options)
graph = use_cases._build_graph(
    root_package_names=options.session_options["root_packages"],
    include_external_packages=use_cases._get_include_external_packages(options),
    exclude_type_checking_imports=use_cases._get_exclude_type_checking_imports(options),
    verbose=False,
    cache_dir=None,
)
results = []
for contract_options in options.contracts_options:
    entry = {"name": contract_options["name"], "type": contract_options["type"], "id": contract_options.get("id")}
    try:
        contract = registry.get_contract_class(contract_options["type"])(
            name=contract_options["name"], session_options=options.session_options, contract_options=contract_options)
        check = contract.check(copy.deepcopy(graph), verbose=False)
        found = pairs_and_chains(contract_options["type"], check.metadata)
        if contract_options["type"] == "acyclic_siblings":
            pairs = sorted([a, b, len(chains)] for (a, b), chains in found.items())
        else:
            pairs = sorted([a, b] for (a, b) in found)
        entry.update({"status": "kept" if check.kept else "broken", "pairs": pairs,
                      "ignored_imports": check.ignored_import_count})
    except Exception as error:  # lint-imports stops here; the comparison records it and goes on.
        entry["status"] = f"error: {type(error).__name__}: {error}"
        entry["pairs"] = []
    results.append(entry)
json.dump({"graph_modules": len(graph.modules), "contracts": results}, sys.stdout, indent=1)
