#!/usr/bin/env python3
"""archlint benchmark: wall time and peak memory of archlint, import-linter and Tach, and the floor
(scripts/bench/readfloor.c reading with two threads the very files archlint reads; for Swift
packages every .swift file), median of N runs after a warm-up.
Run through scripts/bench.sh, which builds archlint and prepares the tools.

Before timing a workload it checks that every tool does the work it is timed on, and stops (exit 1)
when one does not: archlint's JSON report is read, its exit status must match it (0 every contract
kept, 1 one broken) and a warm run must report what a cold one does; lint-imports (with and without
its cache) must give every contract the verdict archlint gives it and exit accordingly; Tach, whose
modules mirror one layers contract, must fail exactly when archlint finds a direct import breaking
that contract; the floor must read as many files as archlint's graph names. Every timed run must then exit as its checked run did.
`--archlint [LABEL=]PATH` repeated measures several builds side by side: each must report the same
verdicts and violations, their runs are interleaved (so a busy spell of the machine hits them alike)
and each keeps its own cache folder."""
import argparse, json, os, random, re, shutil, statistics, subprocess, sys, time, zipfile
from pathlib import Path

SWIFT_PACKAGES = [
    ("swiftlang/swift-syntax", "603.0.1"), ("apple/swift-nio", "2.101.3"), ("vapor/vapor", "4.122.3"),
    ("grpc/grpc-swift-2", "2.4.3"), ("apple/swift-collections", "1.6.0"),
    ("pointfreeco/swift-dependencies", "1.17.1"), ("hummingbird-project/hummingbird", "2.28.1"),
    ("apple/swift-openapi-generator", "1.14.3"),
]

# Django: contracts of several types, each written for both archlint and import-linter.
DJANGO_CONTRACTS = [
    {"id": "layers", "name": "Django layers", "type": "layers",
     "layers": ["django.contrib", "django.core.handlers", "django.db", "django.utils"]},
    {"id": "utils-no-db", "name": "utils does not use db", "type": "forbidden",
     "source_modules": ["django.utils"], "forbidden_modules": ["django.db"]},
    {"id": "contrib-apps-independent", "name": "Contrib apps independent", "type": "independence",
     "modules": ["django.contrib.sessions", "django.contrib.sitemaps", "django.contrib.humanize", "django.contrib.syndication"]},
    {"id": "template-no-http", "name": "Templates don't import http", "type": "forbidden",
     "source_modules": ["django.template"], "forbidden_modules": ["django.http"]},
    {"id": "protected-db-backends", "name": "db.backends protected", "type": "protected",
     "protected_modules": ["django.db.backends"], "allowed_importers": ["django.db", "django.contrib.gis", "django.contrib.postgres"]},
    {"id": "dispatch-no-db", "name": "dispatch does not use db", "type": "forbidden",
     "source_modules": ["django.dispatch"], "forbidden_modules": ["django.db", "django.http", "django.contrib"]},
    {"id": "forms-below-views", "name": "Views above forms", "type": "layers",
     "layers": ["django.views", "django.forms", "django.core.validators"]},
]
ANSIBLE_CONTRACTS = [
    {"id": "forbidden", "name": "community.general does not use amazon.aws", "type": "forbidden",
     "source_modules": ["ansible_collections.community.general"], "forbidden_modules": ["ansible_collections.amazon.aws"]},
    {"id": "layers", "name": "Namespaces layers", "type": "layers",
     "layers": ["ansible_collections.community", "ansible_collections.amazon", "ansible_collections.ansible"]},
]
WORKLOADS = ("django", "ansible", "synthetic", "swift")
SYNTH_LAYERS = 10
SYNTH_CONTRACTS = [
    {"id": "layers", "name": "Synthetic layers", "type": "layers", "containers": ["synth"],
     "layers": [f"l{i}" for i in reversed(range(SYNTH_LAYERS))]},
    {"id": "forbidden", "name": "Bottom does not reach the top", "type": "forbidden",
     "source_modules": ["synth.l0"], "forbidden_modules": [f"synth.l{SYNTH_LAYERS - 1}"]},
]


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def fail(message):
    print(f"\nbench: error: {message}", file=sys.stderr)
    raise SystemExit(1)


TIME = "/usr/bin/time"


def measure(cmd, cwd, expected, env=None):
    """(seconds, peak RSS in MiB, CPU seconds) of one run; output discarded. Fails unless it exits
    `expected`. CPU time (user + system) says more than wall time on a machine busy with other work.
    The peak comes from GNU time, which forks from its own small process: Linux keeps a process's
    high-water mark across exec, so a child forked from this Python process would count Python's
    memory as its own."""
    report = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-{os.getpid()}.time"
    wrapped = [TIME, "-f", "%M %U %S", "-o", str(report)] + (["sh", "-c", cmd] if isinstance(cmd, str) else list(cmd))
    start = time.perf_counter()
    proc = subprocess.Popen(wrapped, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    code = proc.wait()
    elapsed = time.perf_counter() - start
    if code != expected:
        fail(f"exit {code} where the checked run exited {expected}: {cmd} (in {cwd})")
    kilobytes, user, system = report.read_text().split()[-3:]
    return elapsed, int(kilobytes) / 1024, float(user) + float(system)


def side_by_side(cmds, cwd, runs, expected, env=None):
    """One warm-up each (which also fills caches for the 'warm' variants), then `runs` rounds that
    run every command once in turn. Per command: (median s, min s, max s, median peak MiB, median CPU s)."""
    for cmd, code in zip(cmds, expected):
        measure(cmd, cwd, code, env)
    samples = [[] for _ in cmds]
    for _ in range(runs):
        for index, (cmd, code) in enumerate(zip(cmds, expected)):
            samples[index].append(measure(cmd, cwd, code, env))
    return [(statistics.median(t for t, _, _ in runs_), min(t for t, _, _ in runs_), max(t for t, _, _ in runs_),
             statistics.median(p for _, p, _ in runs_), statistics.median(c for _, _, c in runs_)) for runs_ in samples]


def median_of(cmd, cwd, runs, expected, env=None):
    return side_by_side([cmd], cwd, runs, [expected], env)[0]


def run(cmd, cwd, env=None):
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, shell=isinstance(cmd, str))


class Build:
    """One archlint binary under test; with several, each has its own cache folder."""
    def __init__(self, spec, shared_cache):
        label, _, path = spec.rpartition("=")
        self.path = str(Path(path).resolve())
        self.label = label or "archlint"
        if not re.fullmatch(r"[A-Za-z0-9._-]+", self.label):
            fail(f"--archlint {spec}: the label may hold letters, digits, '.', '_' and '-' only")
        if not os.access(self.path, os.X_OK):
            fail(f"--archlint {spec}: {self.path} is not an executable")
        self.shared_cache = shared_cache

    def cache_args(self, workdir):
        return [] if self.shared_cache else ["--cache-dir", str(workdir / f".archlint_cache.{self.label}")]


def archlint_report(build, workdir, flags):
    """archlint's JSON report of `check` with `flags`, after checking its exit status matches it."""
    result = run([build.path, "check", "--format", "json", *flags], workdir)
    try:
        report = json.loads(result.stdout)
        contracts = report["contracts"]
    except (ValueError, KeyError, TypeError):
        fail(f"{build.label} in {workdir}: no JSON report (exit {result.returncode}):\n{result.stderr[-2000:]}")
    expected = int(any(c["status"] != "kept" for c in contracts))
    if result.returncode != expected:
        fail(f"{build.label} in {workdir}: exit {result.returncode}, but its report says {expected} "
             f"({'a contract is broken' if expected else 'every contract is kept'}):\n{result.stderr[-2000:]}")
    if not contracts:
        fail(f"{build.label} in {workdir}: checked no contract")
    return report, result.returncode


def verdicts(report):
    """What must not depend on the build: each contract's status and its violating pairs and chains."""
    return {c["id"]: (c["status"], sorted((v["importer"], v["imported"], len(v["chains"])) for v in c["violations"]))
            for c in report["contracts"]}


def check_archlint(builds, workdir):
    """Each build's cold report; a warm run (its cache filled by a first run) must report the same.
    Every build must give the same verdicts. Returns (the first build's report, its exit status)."""
    first = None
    for build in builds:
        cold, code = archlint_report(build, workdir, ["--no-cache"])
        archlint_report(build, workdir, build.cache_args(workdir))  # fills the cache
        warm, _ = archlint_report(build, workdir, build.cache_args(workdir))
        if warm != cold:
            fail(f"{build.label} in {workdir}: the warm report differs from the cold one")
        if first is None:
            first = (build, cold, code)
        elif verdicts(cold) != verdicts(first[1]):
            mine, theirs = verdicts(cold), verdicts(first[1])
            differing = sorted(k for k in mine.keys() | theirs.keys() if mine.get(k) != theirs.get(k))
            fail(f"{build.label} and {first[0].label} disagree in {workdir} on: {', '.join(differing)}")
        elif cold != first[1]:
            print(f"note: {build.label}'s report differs from {first[0].label}'s beyond verdicts and violations")
    summary = ", ".join(f"{c['id']} {c['status']}" for c in first[1]["contracts"])
    print(f"checked: archlint ({', '.join(b.label for b in builds)}): {summary}; exit {first[2]}")
    return first[1], first[2]


def lint_imports_verdicts(text):
    """lint-imports prints "<name> KEPT" / "<name> BROKEN", maybe followed by "(3 warnings)"."""
    found = {}
    for line in text.splitlines():
        line = line.rstrip()
        if line.endswith(")") and " (" in line:
            line = line[: line.rindex(" (")]
        for word in ("KEPT", "BROKEN"):
            if line.endswith(" " + word):
                found.setdefault(line[: -len(word) - 1].strip(), word.lower())
    return found


def check_lint_imports(cmd, workdir, env, report):
    """lint-imports must give every contract archlint's verdict and exit 1 exactly when one is broken."""
    result = run(cmd, workdir, env)
    found = lint_imports_verdicts(result.stdout)
    expected = {c["name"]: c["status"] for c in report["contracts"]}
    if found != expected:
        fail(f"{' '.join(cmd)} in {workdir}: verdicts {found}, archlint's {expected}\n{(result.stdout + result.stderr)[-2000:]}")
    code = int("broken" in expected.values())
    if result.returncode != code:
        fail(f"{' '.join(cmd)} in {workdir}: exit {result.returncode}, expected {code}\n{(result.stdout + result.stderr)[-2000:]}")
    print(f"checked: {' '.join([Path(cmd[0]).name, *cmd[1:]])}: same verdicts as archlint; exit {code}")
    return code


def check_tach(cmd, source_root, env, report, mirrored):
    """Tach's modules mirror the layers contract `mirrored`, with the direct imports only: it must fail
    exactly when archlint reports a one-link chain breaking that contract (a direct import)."""
    result = run(cmd, source_root, env)
    output = result.stdout + result.stderr
    contract = next(c for c in report["contracts"] if c["id"] == mirrored)
    direct = sorted({(link["importer"], link["imported"]) for v in contract["violations"]
                     for chain in v["chains"] if len(chain) == 1 for link in chain})
    code = int(bool(direct))
    if result.returncode != code:
        fail(f"tach check in {source_root}: exit {result.returncode}, expected {code} "
             f"(archlint finds {len(direct)} direct imports breaking '{mirrored}')\n{output[-3000:]}")
    print(f"checked: tach check: exit {code}, as archlint's {len(direct)} direct imports breaking '{mirrored}' say")
    return code


def wheel(corpora, venv, spec):
    name = spec.split("==")[0]
    target = corpora / "wheels" / name  # the layout compare-with-grimp.sh uses too
    if not target.exists():
        download = corpora / "wheels" / "downloads"
        download.mkdir(parents=True, exist_ok=True)
        sh([f"{venv}/bin/pip", "download", "-q", "--no-deps", "--only-binary=:all:", spec, "-d", str(download)])
        files = sorted(download.glob(f"{name.replace('-', '_')}-{spec.split('==')[1]}-*.whl")) + sorted(download.glob(f"{name}-{spec.split('==')[1]}-*.whl"))
        zipfile.ZipFile(files[0]).extractall(target)
    return target


def swift_package(corpora, repo, tag):
    target = corpora / "swift" / repo.split("/")[1]
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        sh(["git", "clone", "-q", "--branch", tag, f"https://github.com/{repo}", str(target)], stderr=subprocess.DEVNULL)
    return target


def synthetic(corpora, modules=65000, imports=220000):
    """A package tree `synth.lK.pJ.mI` of `modules` modules and `imports` imports, mostly downward
    between layers, with a few upward ones so the contracts have chains to find."""
    root = corpora / "synthetic" / f"{modules}-{imports}"
    if (root / "done").exists():
        return root
    shutil.rmtree(root, ignore_errors=True)
    rng = random.Random(20261124)
    per_layer = modules // SYNTH_LAYERS
    per_package = 100
    names = []
    for layer in range(SYNTH_LAYERS):
        for index in range(per_layer):
            names.append((layer, index // per_package, index % per_package))
    by_layer = [[n for n in names if n[0] == layer] for layer in range(SYNTH_LAYERS)]
    edges = {n: [] for n in names}
    for _ in range(imports):
        src = names[rng.randrange(len(names))]
        if rng.random() < 0.0005:
            dst_layer = rng.randrange(src[0], SYNTH_LAYERS)  # rare upward import
        else:
            dst_layer = rng.randrange(0, src[0] + 1)
        dst = by_layer[dst_layer][rng.randrange(per_layer)]
        if dst != src: edges[src].append(dst)
    pkg = root / "synth"
    for layer in range(SYNTH_LAYERS):
        for package in range(per_layer // per_package + 1):
            d = pkg / f"l{layer}" / f"p{package}"
            d.mkdir(parents=True, exist_ok=True)
            (d / "__init__.py").write_text("")
        (pkg / f"l{layer}" / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    for (layer, package, index), targets in edges.items():
        lines = [f"import synth.l{a}.p{b}.m{c}\n" for a, b, c in targets]
        (pkg / f"l{layer}" / f"p{package}" / f"m{index}.py").write_text("".join(lines) + "x = 1\n")
    (root / "done").write_text("")
    return root


def write_configs(workdir, source_root, packages, contracts, tach_modules):
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "contracts.json").write_text(json.dumps({
        "python": {"source_roots": [str(source_root)], "root_packages": packages}, "contracts": contracts}, indent=2))
    ini = ["[importlinter]", f"root_packages =\n    " + "\n    ".join(packages), "include_external_packages = False", ""]
    for contract in contracts:
        ini.append(f"[importlinter:contract:{contract['id']}]")
        ini.append(f"name = {contract['name']}")
        ini.append(f"type = {contract['type']}")
        for key, value in contract.items():
            if key in ("id", "name", "type"): continue
            if isinstance(value, list): ini.append(f"{key} =\n    " + "\n    ".join(value))
            else: ini.append(f"{key} = {value}")
        ini.append("")
    (workdir / ".importlinter").write_text("\n".join(ini))
    # Tach wants its source roots inside its project folder: its configuration goes beside the
    # code (in the corpus folder, outside this repository) and it runs there.
    toml = ['source_roots = ["."]', 'exclude = []', 'exact = false', 'root_module = "ignore"', ""]
    for path, depends in tach_modules:
        toml += ["[[modules]]", f'path = "{path}"', "depends_on = [" + ", ".join(f'"{d}"' for d in depends) + "]", ""]
    (Path(source_root) / "tach.toml").write_text("\n".join(toml))


def layered_tach(layer_modules):
    """Tach modules equivalent to a layers contract: each layer may depend on the ones below it."""
    return [(m, layer_modules[i + 1:]) for i, m in enumerate(layer_modules)]


def settle():
    """Waits out archlint's two-second rule: it never caches a file (or trusts a folder) whose
    modification time is under two seconds old, so the warm runs right after a corpus was
    extracted or a configuration written would measure rescans, not a warm cache."""
    time.sleep(2.1)


def archlint_rows(builds, workdir, runs, code, suffix=""):
    """Cold and warm rows of every build, the builds' runs interleaved."""
    name = (lambda b: f"archlint{suffix}") if len(builds) == 1 else (lambda b: f"{b.label}{suffix}")
    cold = side_by_side([[b.path, "check", "--no-cache"] for b in builds], workdir, runs, [code] * len(builds))
    warm = side_by_side([[b.path, "check", *b.cache_args(workdir)] for b in builds], workdir, runs, [code] * len(builds))
    return ([(f"{name(b)} cold", m) for b, m in zip(builds, cold)] +
            [(f"{name(b)} warm", m) for b, m in zip(builds, warm)])


def module_file_list(build, workdir):
    """The files archlint reads (the paths of its graph's modules), NUL-separated in `workdir`, for
    the floor to read the very same files."""
    out = run([build.path, "graph", "--format", "json", "--no-cache"], workdir)
    if out.returncode != 0:
        fail(f"{build.label} graph in {workdir} failed (exit {out.returncode}):\n{out.stderr[-2000:]}")
    paths = sorted({m["path"] for m in json.loads(out.stdout)["modules"] if m.get("path", "").endswith(".py")})
    if not paths:
        fail(f"{build.label} graph in {workdir} names no module file")
    listing = workdir / "files.nul"
    listing.write_bytes(b"".join(os.path.join(str(workdir), p).encode() + b"\0" for p in paths))
    return listing, len(paths)


def floor_row(readfloor, arguments, workdir, runs, expected_files=None):
    """The read floor: scripts/bench/readfloor.c reading the files with two threads."""
    cmd = [readfloor, *map(str, arguments)]
    result = run(cmd, workdir)
    if result.returncode != 0 or (expected_files is not None and f" {expected_files} files" not in result.stderr):
        fail(f"the floor failed (exit {result.returncode}, {expected_files} files expected): {cmd}\n{result.stderr[-2000:]}")
    return median_of(cmd, workdir, runs, 0)


def python_rows(name, workdir, source_root, builds, venv, runs, env, mirrored, readfloor):
    rows = []
    settle()
    report, code = check_archlint(builds, workdir)
    rows += archlint_rows(builds, workdir, runs, code)
    for label, cmd in (("lint-imports --no-cache", [f"{venv}/bin/lint-imports", "--no-cache"]),
                       ("lint-imports (cache)", [f"{venv}/bin/lint-imports"])):
        rows.append((label, median_of(cmd, workdir, runs, check_lint_imports(cmd, workdir, env, report), env)))
    tach = [f"{venv}/bin/tach", "check"]
    rows.append(("tach check", median_of(tach, source_root, runs, check_tach(tach, source_root, env, report, mirrored), env)))
    listing, count = module_file_list(builds[0], workdir)
    rows.append((f"floor (readfloor: the same {count:,} files, 2 threads)", floor_row(readfloor, ["--list", listing], workdir, runs, count)))
    return rows


def print_table(name, rows):
    cold = next(m[0] for label, m in rows if label.endswith(" cold"))
    floor = next(m[0] for label, m in rows if label.startswith("floor"))
    print(f"\n### {name}\n")
    print("| tool | wall (s), median | min-max (s) | CPU (s), median | peak memory (MiB) | vs first archlint cold | vs floor |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for label, (seconds, low, high, peak, cpu) in rows:
        print(f"| {label} | {seconds:.3f} | {low:.3f}-{high:.3f} | {cpu:.3f} | {peak:.0f} | {seconds / cold:.2f}x | {seconds / floor:.2f}x |")
    sys.stdout.flush()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--archlint", action="append", required=True, metavar="[LABEL=]PATH",
                        help="the binary to measure; repeat it to measure several builds side by side")
    parser.add_argument("--corpora", required=True, type=Path)
    parser.add_argument("--venv", required=True)
    parser.add_argument("--readfloor", required=True, help="scripts/bench/readfloor.c, built")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", action="append", default=[], choices=WORKLOADS)
    args = parser.parse_args()
    if not os.access(TIME, os.X_OK):
        fail(f"{TIME} (GNU time, Debian's package 'time') measures peak memory here; install it")
    readfloor = args.readfloor
    corpora, venv, runs = args.corpora.resolve(), args.venv, args.runs
    if runs < 1:
        parser.error("--runs must be at least 1")
    builds = [Build(spec, shared_cache=len(args.archlint) == 1) for spec in args.archlint]
    if len({b.label for b in builds}) != len(builds):
        parser.error("two --archlint builds have the same label; name them LABEL=PATH")
    want = lambda name: not args.only or name in args.only
    env = dict(os.environ)
    print(f"archlint benchmark, median of {runs} runs after a warm-up; {os.cpu_count()} cores; "
          f"{subprocess.run(['uname', '-srm'], capture_output=True, text=True).stdout.strip()}")
    for build in builds:
        version = run([build.path, "--version"], ".").stdout.strip()
        print(f"{build.label}: {build.path} ({version})")

    if want("django"):
        source = wheel(corpora, venv, "django==5.2.8")
        workdir = corpora / "bench" / "django"
        write_configs(workdir, source, ["django"], DJANGO_CONTRACTS,
                      layered_tach(DJANGO_CONTRACTS[0]["layers"]))
        env["PYTHONPATH"] = str(source)
        print_table("Django 5.2.8 (7 contracts)", python_rows("django", workdir, source, builds, venv, runs, env, "layers", readfloor))

    if want("ansible"):
        source = wheel(corpora, venv, "ansible==12.2.0")
        workdir = corpora / "bench" / "ansible"
        write_configs(workdir, source, ["ansible_collections"], ANSIBLE_CONTRACTS,
                      layered_tach(ANSIBLE_CONTRACTS[1]["layers"]))
        env["PYTHONPATH"] = str(source)
        print_table("ansible_collections from ansible 12.2.0 (forbidden + layers)",
                    python_rows("ansible", workdir, source, builds, venv, runs, env, "layers", readfloor))

    if want("synthetic"):
        source = synthetic(corpora)
        workdir = corpora / "bench" / "synthetic"
        write_configs(workdir, source, ["synth"], SYNTH_CONTRACTS,
                      layered_tach([f"synth.l{i}" for i in reversed(range(SYNTH_LAYERS))]))
        env["PYTHONPATH"] = str(source)
        print_table("Synthetic: 65,000 modules, 220,000 imports (layers + forbidden)",
                    python_rows("synthetic", workdir, source, builds, venv, runs, env, "layers", readfloor))

    if want("swift"):
        rows = []
        for repo, tag in SWIFT_PACKAGES:
            source = swift_package(corpora, repo, tag)
            workdir = corpora / "bench" / "swift" / source.name
            workdir.mkdir(parents=True, exist_ok=True)
            (workdir / "contracts.json").write_text(json.dumps(swift_config(builds[0].path, source, workdir), indent=2))
            settle()
            _, code = check_archlint(builds, workdir)
            measured = dict(archlint_rows(builds, workdir, runs, code))
            floor = floor_row(readfloor, [source, ".swift"], workdir, runs)
            for build in builds:
                name = "archlint" if len(builds) == 1 else build.label
                rows.append((f"{source.name} {tag}" + ("" if len(builds) == 1 else f" ({build.label})"),
                             measured[f"{name} cold"], measured[f"{name} warm"], floor))
        print("\n### Swift packages (layers contract over each package's targets)\n")
        print("| package | archlint cold (s) | warm (s) | peak (MiB) | floor (s) | cold / floor |")
        print("|---|---:|---:|---:|---:|---:|")
        for label, cold, warm, floor in rows:
            print(f"| {label} | {cold[0]:.3f} | {warm[0]:.3f} | {cold[3]:.0f} | {floor[0]:.3f} | {cold[0] / floor[0]:.2f}x |")


def swift_config(archlint, source, workdir):
    """contracts.json with a layers contract over the package's non-test targets, ordered by today's imports."""
    probe = workdir / "probe"
    probe.mkdir(exist_ok=True)
    (probe / "contracts.json").write_text(json.dumps({"swift": {"packages": [str(source)]}, "contracts": []}))
    out = subprocess.run([archlint, "graph", "--config", str(probe / "contracts.json")], capture_output=True, text=True)
    graph = json.loads(out.stdout)
    internal = [m["name"] for m in graph["modules"] if m["kind"] != "external" and not m["name"].endswith("Tests")]
    deps = {m: set() for m in internal}
    for imp in graph["imports"]:
        if imp["importer"] in deps and imp["imported"] in deps and imp["importer"] != imp["imported"]:
            deps[imp["importer"]].add(imp["imported"])
    level = {}
    def depth(m, seen=()):
        if m in level: return level[m]
        if m in seen: return 0
        level[m] = 1 + max((depth(d, seen + (m,)) for d in deps[m]), default=-1)
        return level[m]
    for m in internal: depth(m)
    layers = []
    for lv in sorted(set(level.values()), reverse=True):
        names = sorted(m for m in internal if level[m] == lv)
        layers.append(" : ".join(names))
    return {"swift": {"packages": [str(source)]}, "contracts": [
        {"id": "layers", "name": "Targets form layers", "type": "layers", "layers": layers}]}


if __name__ == "__main__":
    main()
