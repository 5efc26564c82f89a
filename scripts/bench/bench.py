#!/usr/bin/env python3
"""archlint benchmark: wall time and peak memory of archlint, import-linter and Tach, and the floor
(reading every source file once with two parallel cats), median of N runs after a warm-up.
Run through scripts/bench.sh, which builds archlint and prepares the tools."""
import argparse, json, os, random, shutil, statistics, subprocess, sys, time, zipfile
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
SYNTH_LAYERS = 10
SYNTH_CONTRACTS = [
    {"id": "layers", "name": "Synthetic layers", "type": "layers", "containers": ["synth"],
     "layers": [f"l{i}" for i in reversed(range(SYNTH_LAYERS))]},
    {"id": "forbidden", "name": "Bottom does not reach the top", "type": "forbidden",
     "source_modules": ["synth.l0"], "forbidden_modules": [f"synth.l{SYNTH_LAYERS - 1}"]},
]


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def measure(cmd, cwd, env=None):
    """(seconds, peak RSS in MiB) of one run; output discarded."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, shell=isinstance(cmd, str))
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"command failed with exit {code}: {cmd} (in {cwd})")
    return elapsed, usage.ru_maxrss / 1024


def median_of(cmd, cwd, runs, env=None, prepare=None):
    if prepare: prepare()
    measure(cmd, cwd, env)  # warm-up (also fills caches for the 'warm' variants)
    times, peaks = [], []
    for _ in range(runs):
        if prepare: prepare()
        seconds, peak = measure(cmd, cwd, env)
        times.append(seconds); peaks.append(peak)
    return statistics.median(times), statistics.median(peaks)


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


def python_rows(name, workdir, source_root, archlint, venv, runs, env):
    rows = []
    settle()
    cache_dir = workdir / ".archlint_cache"
    clear_cache = lambda: shutil.rmtree(cache_dir, ignore_errors=True)
    rows.append(("archlint cold", median_of([archlint, "check", "--no-cache"], workdir, runs)))
    rows.append(("archlint warm", median_of([archlint, "check"], workdir, runs)))
    rows.append(("lint-imports --no-cache", median_of([f"{venv}/bin/lint-imports", "--no-cache"], workdir, runs, env)))
    rows.append(("lint-imports (cache)", median_of([f"{venv}/bin/lint-imports"], workdir, runs, env)))
    tach = subprocess.run([f"{venv}/bin/tach", "check"], cwd=source_root, env=env, capture_output=True, text=True)
    if "error" in (tach.stdout + tach.stderr).lower() and "resolution" in (tach.stdout + tach.stderr).lower():
        raise SystemExit(f"tach could not run on {source_root}: {tach.stdout}{tach.stderr}")
    rows.append(("tach check", median_of([f"{venv}/bin/tach", "check"], source_root, runs, env)))
    floor = f"find '{source_root}' -name '*.py' -print0 | xargs -0 -P2 -n 256 cat > /dev/null"
    rows.append(("floor (2 parallel cat)", median_of(floor, workdir, runs)))
    return rows


def print_table(name, rows):
    base = dict(rows)
    cold = base.get("archlint cold", (None,))[0]
    print(f"\n### {name}\n")
    print("| tool | wall (s) | peak memory (MiB) | vs archlint cold |")
    print("|---|---:|---:|---:|")
    for label, (seconds, peak) in rows:
        ratio = f"{seconds / cold:.1f}x" if cold else ""
        print(f"| {label} | {seconds:.3f} | {peak:.0f} | {ratio} |")
    sys.stdout.flush()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--archlint", required=True)
    parser.add_argument("--corpora", required=True, type=Path)
    parser.add_argument("--venv", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", action="append", default=[])
    args = parser.parse_args()
    corpora, venv, runs = args.corpora.resolve(), args.venv, args.runs
    want = lambda name: not args.only or name in args.only
    env = dict(os.environ)
    print(f"archlint benchmark, median of {runs} runs after a warm-up; {os.cpu_count()} cores; "
          f"{subprocess.run(['uname', '-srm'], capture_output=True, text=True).stdout.strip()}")

    if want("django"):
        source = wheel(corpora, venv, "django==5.2.8")
        workdir = corpora / "bench" / "django"
        write_configs(workdir, source, ["django"], DJANGO_CONTRACTS,
                      layered_tach(DJANGO_CONTRACTS[0]["layers"]))
        env["PYTHONPATH"] = str(source)
        print_table("Django 5.2.8 (7 contracts)", python_rows("django", workdir, source, args.archlint, venv, runs, env))

    if want("ansible"):
        source = wheel(corpora, venv, "ansible==12.2.0")
        workdir = corpora / "bench" / "ansible"
        write_configs(workdir, source, ["ansible_collections"], ANSIBLE_CONTRACTS,
                      layered_tach(ANSIBLE_CONTRACTS[1]["layers"]))
        env["PYTHONPATH"] = str(source)
        print_table("ansible_collections from ansible 12.2.0 (forbidden + layers)",
                    python_rows("ansible", workdir, source, args.archlint, venv, runs, env))

    if want("synthetic"):
        source = synthetic(corpora)
        workdir = corpora / "bench" / "synthetic"
        write_configs(workdir, source, ["synth"], SYNTH_CONTRACTS,
                      layered_tach([f"synth.l{i}" for i in reversed(range(SYNTH_LAYERS))]))
        env["PYTHONPATH"] = str(source)
        print_table("Synthetic: 65,000 modules, 220,000 imports (layers + forbidden)",
                    python_rows("synthetic", workdir, source, args.archlint, venv, runs, env))

    if want("swift"):
        rows = []
        for repo, tag in SWIFT_PACKAGES:
            source = swift_package(corpora, repo, tag)
            workdir = corpora / "bench" / "swift" / source.name
            workdir.mkdir(parents=True, exist_ok=True)
            (workdir / "contracts.json").write_text(json.dumps(swift_config(args.archlint, source, workdir), indent=2))
            settle()
            cold = median_of([args.archlint, "check", "--no-cache"], workdir, runs)
            warm = median_of([args.archlint, "check"], workdir, runs)
            floor = median_of(f"find '{source}' -name '*.swift' -print0 | xargs -0 -P2 -n 256 cat > /dev/null", workdir, runs)
            rows.append((f"{source.name} {tag}", cold, warm, floor))
        print("\n### Swift packages (layers contract over each package's targets)\n")
        print("| package | archlint cold (s) | warm (s) | peak (MiB) | floor (s) |")
        print("|---|---:|---:|---:|---:|")
        for label, cold, warm, floor in rows:
            print(f"| {label} | {cold[0]:.3f} | {warm[0]:.3f} | {cold[1]:.0f} | {floor[0]:.3f} |")


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
