"""Runs a toml-test decoder over a toml-test file list; see scripts/toml-test.sh."""
import json
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone

DATETIME = re.compile(
    r"^(?:(\d{4})-(\d{2})-(\d{2}))?T?(?:(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?$")


def datetime_key(kind, text):
    """What toml-test's Go comparison treats as equal: instants for offset date-times, wall
    clock values (to the nanosecond) for local ones."""
    text = text.replace(" ", "T").replace("t", "T").replace("z", "Z")
    match = DATETIME.match(text)
    if not match:
        return ("unparsable", text)
    year, month, day, hour, minute, second, fraction, offset = match.groups()
    nanos = int((fraction or "0")[:9].ljust(9, "0"))
    if kind == "datetime":
        zone = timezone.utc
        if offset and offset != "Z":
            sign = -1 if offset[0] == "-" else 1
            zone = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6])))
        instant = datetime(int(year), int(month), int(day), int(hour), int(minute),
                           min(int(second), 59), tzinfo=zone)
        return (instant.timestamp() + (int(second) > 59), nanos)
    return (year, month, day, hour, minute, second, nanos)


def same(want, have):
    if isinstance(want, list):
        return isinstance(have, list) and len(want) == len(have) and all(
            same(w, h) for w, h in zip(want, have))
    if not isinstance(want, dict) or not isinstance(have, dict):
        return False
    if set(want) == {"type", "value"} and isinstance(want.get("type"), str):
        if set(have) != {"type", "value"} or have["type"] != want["type"]:
            return False
        kind, w, h = want["type"], want["value"], have["value"]
        if kind == "array":
            return same(w, h)
        if not isinstance(h, str):
            return False
        if kind == "float":
            w, h = w.lower(), h.lower()
            if w.endswith("nan") or h.endswith("nan"):
                return w.lstrip("+-") == h.lstrip("+-")
            return float(w) == float(h)
        if kind in ("datetime", "datetime-local", "date-local", "time-local"):
            return datetime_key(kind, w) == datetime_key(kind, h)
        if kind == "bool":
            return w.lower() == h.lower()
        return w == h
    return set(want) == set(have) and all(same(want[k], have[k]) for k in want)


def main():
    decoder, suite, list_name = sys.argv[1:4]
    with open(f"{suite}/{list_name}") as listing:
        names = [line.strip() for line in listing if line.strip().endswith(".toml")]
    valid = [n for n in names if n.startswith("valid/")]
    invalid = [n for n in names if n.startswith("invalid/")]
    failures = []
    passed = refused = 0
    for name in valid:
        with open(f"{suite}/{name}", "rb") as source:
            run = subprocess.run([decoder], stdin=source, capture_output=True)
        if run.returncode != 0:
            failures.append(f"{name}: refused: {run.stderr.decode(errors='replace').strip()}")
            continue
        with open(f"{suite}/{name[:-5]}.json") as expected:
            want = json.load(expected)
        try:
            have = json.loads(run.stdout)
        except ValueError as error:
            failures.append(f"{name}: decoder printed invalid JSON: {error}")
            continue
        if same(want, have):
            passed += 1
        else:
            failures.append(f"{name}: decoded differently:\n  want {json.dumps(want)}\n  have {json.dumps(have)}")
    for name in invalid:
        with open(f"{suite}/{name}", "rb") as source:
            run = subprocess.run([decoder], stdin=source, capture_output=True)
        message = run.stderr.decode(errors="replace").strip()
        if run.returncode == 0:
            failures.append(f"{name}: accepted: {run.stdout.decode(errors='replace')[:200]}")
        elif run.returncode != 1 or not re.match(r"^\d+:\d+: \S", message):
            failures.append(f"{name}: refused without a 'line:column: message' error (exit {run.returncode}): {message[:200]}")
        else:
            refused += 1
    for failure in failures:
        print(failure)
    print(f"valid: {passed}/{len(valid)} passed, invalid: {refused}/{len(invalid)} refused")
    if failures or not valid or not invalid:
        sys.exit(1)


if __name__ == "__main__":
    main()
