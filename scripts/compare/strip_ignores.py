"""Writes a copy of a project's import-linter configuration without any `ignore_imports`, so the
contracts those imports kept are compared broken.

Usage: strip_ignores.py OUTPUT.cfg|OUTPUT.toml   (run in the project's root: the configuration is the
file lint-imports would read there, and OUTPUT gets its format)"""
import configparser
import os
import sys
import tomllib

output = sys.argv[1]


def locate():
    """The file lint-imports 2.16 reads: setup.cfg, .importlinter (INI), pyproject.toml (TOML)."""
    for name in ("setup.cfg", ".importlinter"):
        if os.path.exists(name):
            parser = configparser.ConfigParser()
            parser.read(name)
            if "importlinter" in parser.sections():
                return name
    return "pyproject.toml"


source = locate()
if source.endswith(".toml") != output.endswith(".toml"):
    sys.exit(f"{output}: give it the extension of {source}'s format")


def toml_value(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {value!r}")


if source.endswith(".toml"):
    with open(source, "rb") as file:
        session = dict(tomllib.load(file)["tool"]["importlinter"])
    contracts = session.pop("contracts", [])
    lines = ["[tool.importlinter]"] + [f"{key} = {toml_value(value)}" for key, value in session.items()]
    for contract in contracts:
        lines += ["", "[[tool.importlinter.contracts]]"]
        lines += [f"{key} = {toml_value(value)}" for key, value in contract.items() if key != "ignore_imports"]
    open(output, "w").write("\n".join(lines) + "\n")
else:
    parser = configparser.RawConfigParser()
    parser.read(source)
    kept = configparser.RawConfigParser()
    for name in parser.sections():
        if name == "importlinter" or name.startswith("importlinter:"):
            kept[name] = {key: value for key, value in parser[name].items() if key != "ignore_imports"}
    with open(output, "w") as file:
        kept.write(file)
