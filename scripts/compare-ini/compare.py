"""Compares archlint's INI reader with Python's configparser; see scripts/compare-ini.sh."""
import configparser
import glob
import json
import os
import random
import subprocess
import sys

RISKY = [
    "[]", "[x", "bad = 50%", "miss = %(missing)s", "loop = %(loop)s", "open = %(other", "=novalue",
    "novalue", "  %(key)s", "[s]", "[t]", "[DEFAULT]", "[importlinter]", "key = again", "k = again",
]
PIECES = [
    "[u] trailing text", "[[x]]", "[ s ]", "[importlinter:two]", "[DEFAULT]", "[v]",
    "[importlinter:one]", "key = value", "Key: v", "k=v=w", "k : a:b", "  indented = x", "\tcont",
    "    continued line", "        deeper", "", "   ", "\t", "# comment", "; comment", "   # indented comment",
    "k = v # not a comment", "ref = %(other)s", "other = x%%y", "KEY = upper", "ümlaut = ü",
    "k\u00a0= nbsp", "\u3000sp = ideographic", "empty =", "empty2:", "  - item",
    "layers =", "    high", "    low", "name = Contract %(key)s", "a = 1", "b = 2", "c = %(a)s%(b)s",
    "\u2003wide = em space", "x=\x0cff", "colon:=both", "eq=:both",
]
LINE_ENDS = ["\n"] * 8 + ["\r\n", "\r"]


def python_read(path):
    """What import-linter's reader sees: ('ok', sections) or ('error', line or None, message)."""
    try:
        with open(path, encoding="utf-8-sig") as source:
            text = source.read()
        config = configparser.ConfigParser()
        config.read_string(text)
        result = []
        for name in ["DEFAULT"] + config.sections():
            items = []
            for key, value in config[name].items():
                items.append([key, value, value.strip().split("\n") if "\n" in value else None])
            result.append([name, items])
        return ("ok", result)
    except configparser.MissingSectionHeaderError as error:
        return ("error", error.lineno, str(error))
    except configparser.ParsingError as error:
        return ("error", error.errors[0][0], str(error))
    except (configparser.Error, UnicodeDecodeError) as error:
        return ("error", getattr(error, "lineno", None), str(error))


def error_explained(path, line):
    """Python defers 'no delimiter' errors to the end of the file while raising duplicates at
    once; a Swift error at an earlier line is right when Python alone also fails there."""
    with open(path, encoding="utf-8-sig") as source:
        # Universal newlines leave "\n" as the only line end, as configparser sees the text.
        lines = source.read().split("\n")
    truncated = path + ".head"
    with open(truncated, "w", encoding="utf-8") as head:
        head.write("\n".join(lines[:line]) + "\n")
    outcome = python_read(truncated)
    os.remove(truncated)
    return outcome[0] == "error" and outcome[1] == line


def generate(folder, count, seed=20240611):
    rng = random.Random(seed)
    paths = []
    for number in range(count):
        lines = [rng.choice(["[s]", "[importlinter]", "[DEFAULT]"])] if rng.random() < 0.9 else []
        for _ in range(rng.randint(1, 12)):
            piece = rng.choice(RISKY if rng.random() < 0.08 else PIECES)
            # Mostly give continuation lines a key to continue, so most files are readable.
            if piece[:1].isspace() and (not lines or lines[-1].startswith("[")) and rng.random() < 0.9:
                lines.append(f"key{len(lines)} = start")
            lines.append(piece)
        text = "".join(line + rng.choice(LINE_ENDS) for line in lines)
        path = os.path.join(folder, f"generated-{number:04}.ini")
        with open(path, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        paths.append(path)
    return paths


def main():
    decoder, work, *folders = sys.argv[1:]
    paths = []
    for folder in folders:
        paths += sorted(p for p in glob.glob(os.path.join(folder, "**", "*"), recursive=True) if os.path.isfile(p))
    fixtures = len(paths)
    paths += generate(work, int(os.environ.get("INI_GENERATED", "2000")))
    same = errors = 0
    failures = []
    for path in paths:
        want = python_read(path)
        run = subprocess.run([decoder, path], capture_output=True, text=True)
        if run.returncode == 0:
            have = ("ok", json.loads(run.stdout))
            if want == have:
                same += 1
            else:
                failures.append(f"{path}: differs\n  python {want}\n  swift  {have}")
            continue
        message = run.stderr.strip()
        line, _, rest = message.partition(":")
        column, _, _ = rest.partition(":")
        if run.returncode != 1 or not line.isdigit() or not column.isdigit():
            failures.append(f"{path}: crashed or no line:column: {message[:300]}")
        elif want[0] == "ok":
            failures.append(f"{path}: swift refused what python reads: {message}\n  python {want}")
        elif want[1] is not None and int(line) != want[1] and not error_explained(path, int(line)):
            failures.append(f"{path}: error line {line}, python says line {want[1]}: {message} / {want[2]}")
        else:
            errors += 1
    for failure in failures[:40]:
        print(failure)
    print(f"ini: {len(paths)} files ({fixtures} fixtures, {len(paths) - fixtures} generated): "
          f"{same} read identically, {errors} refused by both, {len(failures)} differences")
    if failures or fixtures == 0 or same == 0:
        sys.exit(1)


if __name__ == "__main__":
    main()
