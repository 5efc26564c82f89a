/// The `--help` texts.
enum HelpText {
    static let main = """
    archlint — check that a Swift and Python codebase keeps its declared architecture.

    USAGE: archlint <command> [options]

    COMMANDS:
      check      Check the contracts of contracts.json against the code (the default job).
      graph      Print the import graph (json, dot or mermaid).
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

    The configuration is contracts.json in the current folder or its nearest parent (up to the
    repository root), or the file given with --config.

    """

    static let check = """
    USAGE: archlint check [--config FILE] [--contract ID]... [--format FORMAT]
                          [--baseline FILE] [--color auto|always|never] [--show-timings]

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
    USAGE: archlint graph [--config FILE] [--format json|dot|mermaid] [--module M]... [--depth N]

    Prints the import graph that contracts are checked against. json lists every module (name,
    language, kind, path) and every import statement (importer, imported, path, line, flags);
    dot (Graphviz) and mermaid draw it, with the imports that break a contract in red, labelled
    with the contract's id. Mermaid output renders in GitHub Markdown as it is.

    OPTIONS:
      --config FILE      Configuration file (default: contracts.json here or in a parent folder).
      --format FORMAT    json (default), dot or mermaid.
      --module M         Keep only M and the modules inside it; repeat for several.
      --depth N          dot and mermaid: collapse modules to their first N name segments.
      -h, --help         Show this help.

    EXAMPLES:
      archlint graph > graph.json
      archlint graph --module shop.domain
      archlint graph --format dot --depth 2 | dot -Tsvg > architecture.svg
      archlint graph --format mermaid >> ARCHITECTURE.md

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
