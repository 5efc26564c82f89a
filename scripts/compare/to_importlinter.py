"""Writes the import-linter INI (.importlinter) equivalent to an archlint comparison definition.

Usage: to_importlinter.py DEFINITION.json > .importlinter
Closed layers (archlint objects {"layer": ..., "closed": true}) become the `closed_layers`
contract type of closed_layers.py, which must be importable when lint-imports runs."""
import json
import sys

definition = json.load(open(sys.argv[1]))
out = ["[importlinter]", "root_packages =", *[f"    {p}" for p in definition["root_packages"]],
       "include_external_packages = True",
       "contract_types =", "    closed_layers: closed_layers.ClosedLayersContract", ""]
for contract in definition["contracts"]:
    options = dict(contract)
    ident, name, kind = options.pop("id"), options.pop("name"), options.pop("type")
    if kind == "layers" and any(isinstance(layer, dict) for layer in options["layers"]):
        kind = "closed_layers"
        options["closed_layers"] = [layer["layer"] for layer in options["layers"] if isinstance(layer, dict) and layer.get("closed")]
        options["layers"] = [layer["layer"] if isinstance(layer, dict) else layer for layer in options["layers"]]
    out += [f"[importlinter:contract:{ident}]", f"name = {name}", f"type = {kind}"]
    for key, value in options.items():
        if isinstance(value, bool):
            out.append(f"{key} = {value}")
        elif isinstance(value, list):
            # Always multi-line: import-linter reads a one-line value as a plain string.
            out.append(f"{key} =")
            out += [f"    {item}" for item in value] if value else []
        else:
            out.append(f"{key} = {value}")
    out.append("")
print("\n".join(out))
