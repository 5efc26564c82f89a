"""The (importer, imported) pairs of an import-linter contract check, with the chains behind
each as lists of module names: shared by import_linter_results.py and project_results.py."""


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
