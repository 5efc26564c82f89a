/// The `--help` texts.
enum HelpText {
    static let main = """
    archlint — check that a Swift and Python codebase keeps its declared architecture.

    USAGE: archlint <command> [options]

    COMMANDS:
      check      Check the contracts of contracts.json against the code (the default job).
      graph      Print the import graph (json, dot, mermaid, or html: the interactive explorer).
      explore    Write the interactive explorer to a temporary file and open it in a browser.
      baseline   Record today's violations, so `check --baseline` reports only new ones.
      init       Write a starter contracts.json for the code as it is.
      --version  Print the version.
      --help     Print this help; `archlint <command> --help` describes a command.

    EXIT STATUS:
      0  every contract kept
      1  at least one contract broken
      2  archlint could not check (usage, configuration or input error)

    EXAMPLES:
      archlint check
      archlint check --contract layers --format json
      archlint graph --module shop.domain
      archlint explore

    The configuration is contracts.json in the current folder or its nearest parent (up to the
    repository root), or the file given with --config.

    """

    static let check = """
    USAGE: archlint check [--config FILE] [--contract ID]... [--format FORMAT]
                          [--baseline FILE] [--color auto|always|never] [--show-timings]
                          [--no-cache] [--cache-dir DIR]

    Scans the code, builds the import graph and checks every contract. Broken contracts are
    reported with each import chain that breaks them, link by link, as path:line.

    OPTIONS:
      --config FILE      Configuration file (default: contracts.json here or in a parent folder).
      --contract ID      Check only this contract; repeat for several.
      --format FORMAT    text (default), json, github (workflow annotations, then the text
                         report; the default when GITHUB_ACTIONS=true), sarif (2.1.0, for
                         code scanning) or junit (XML, one test case per violation).
      --baseline FILE    Leave out the violations recorded by `archlint baseline`; report the
                         new ones (exit 1) and name recorded ones that are fixed.
      --color WHEN       auto (default: only on a terminal, never with NO_COLOR), always, never.
      --show-timings     Print how long each phase took, on stderr.
      --no-cache         Scan every file; read and write no cache.
      --cache-dir DIR    Keep per-file scan results in DIR (default: .archlint_cache beside
                         contracts.json; a file is rescanned when its size or time changes).
      -h, --help         Show this help.

    EXIT STATUS: 0 all kept, 1 some broken, 2 could not check.

    EXAMPLES:
      archlint check
      archlint check --config path/to/contracts.json --contract pure-domain
      archlint check --format json > report.json
      archlint check --format sarif > archlint.sarif
      archlint check --baseline archlint-baseline.json

    """

    static let graph = """
    USAGE: archlint graph [--config FILE] [--format json|dot|mermaid|html] [--module M]...
                          [--depth N] [--externals show|hide]

    Prints the import graph that contracts are checked against. json lists every module (name,
    language, kind, path) and every import statement (importer, imported, path, line, flags).
    dot (Graphviz) and mermaid draw it: packages as clusters, the layers of each layers contract
    as ranks from top to bottom (siblings of a layer side by side), and, for each chain that
    breaks a contract, its first import (the one to change) red and dashed, labelled with the
    contract's id. Mermaid output renders in GitHub Markdown as it is. html writes one
    self-contained page (no network): packages as boxes that open to their children, arrows
    with their import counts, the contracts' verdicts as `check` gives them, and on a red
    arrow the chains with every path:line. dot, mermaid and html evaluate the contracts, so a
    configuration error stops them as it stops `check`.

    OPTIONS:
      --config FILE      Configuration file (default: contracts.json here or in a parent folder).
      --format FORMAT    json (default), dot, mermaid or html.
      --module M         Keep only M and the modules inside it; repeat for several. * stands
                         for one name segment (or part of one: Feature*), ** for one or more.
      --depth N          dot and mermaid: collapse modules to their first N name segments.
      --externals WHEN   dot and mermaid: show or hide external modules (default: shown when
                         there are at most 5, else hidden; an external at the end of an
                         import that breaks a contract is always drawn). The html page hides
                         them at first and has a toggle.
      -h, --help         Show this help.

    EXAMPLES:
      archlint graph > graph.json
      archlint graph --module shop.domain
      archlint graph --format dot --depth 2 | dot -Tsvg > architecture.svg
      archlint graph --format dot --module 'shop.*' --externals show
      archlint graph --format mermaid >> ARCHITECTURE.md
      archlint graph --format html > architecture.html

    """

    static let explore = """
    USAGE: archlint explore [--config FILE] [--module M]... [--no-cache] [--cache-dir DIR]

    Writes the interactive explorer (the page of `archlint graph --format html`) to a new file
    in the temporary folder ($TMPDIR, else /tmp), prints its path and opens it with xdg-open
    (Linux) or open (macOS). Without an opener on the PATH it prints the path and says so.
    In the page: click a package to open it, its header or the breadcrumb to close it, an
    arrow for its imports and the chains that break a contract; search with the box; the URL
    hash (#expand=a.b,c&focus=a.b&externals=show) keeps what is open.

    OPTIONS:
      --config FILE      Configuration file (default: contracts.json here or in a parent folder).
      --module M         Keep only M and the modules inside it (* and ** as in --help of graph).
      -h, --help         Show this help.

    EXIT STATUS: 0 when the page was written (whatever the verdicts), 2 could not check.

    """

    static let baseline = """
    USAGE: archlint baseline [--config FILE] [--output FILE]

    Checks every contract and writes the violations found to a baseline file (default:
    archlint-baseline.json next to contracts.json): per contract, importer and imported, how
    many chains break it. No line numbers, so moving code keeps it valid. Commit it, then run
    `archlint check --baseline archlint-baseline.json`: only new violations fail the check.
    check never changes the baseline; run this command again to accept the current state.

    OPTIONS:
      --config FILE      Configuration file (default: contracts.json here or in a parent folder).
      --output FILE      Where to write (default: archlint-baseline.json beside contracts.json).
      -h, --help         Show this help.

    EXAMPLES:
      archlint baseline
      archlint check --baseline archlint-baseline.json

    """

    static let initialize = """
    USAGE: archlint init [--force]

    Writes a starter contracts.json in the current folder for the code as it is: the Swift
    package (a Package.swift here) and the Python root packages (folders with __init__.py, here
    or in src/), and for each a layers contract inferred from today's dependency order, so
    `archlint check` passes now and catches the first import that breaks that order. A
    "description" field in the file says what to edit.

    OPTIONS:
      --force            Overwrite an existing contracts.json.
      -h, --help         Show this help.

    EXAMPLES:
      archlint init && archlint check

    """
}
