/// The `--help` texts.
enum HelpText {
    static let main = """
    archlint — check that a Swift and Python codebase keeps its declared architecture.

    USAGE: archlint <command> [options]

    COMMANDS:
      check      Check the contracts of contracts.json against the code (the default job).
      graph      Print the import graph (json).
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
                          [--color auto|always|never] [--show-timings]

    Scans the code, builds the import graph and checks every contract. Broken contracts are
    reported with each import chain that breaks them, link by link, as path:line.

    OPTIONS:
      --config FILE      Configuration file (default: contracts.json here or in a parent folder).
      --contract ID      Check only this contract; repeat for several.
      --format FORMAT    text (default) or json; github is chosen when GITHUB_ACTIONS=true.
      --color WHEN       auto (default: only on a terminal, never with NO_COLOR), always, never.
      --show-timings     Print how long each phase took, on stderr.
      -h, --help         Show this help.

    EXIT STATUS: 0 all kept, 1 some broken, 2 could not check.

    EXAMPLES:
      archlint check
      archlint check --config path/to/contracts.json --contract pure-domain
      archlint check --format json > report.json

    """

    static let graph = """
    USAGE: archlint graph [--config FILE] [--format json] [--module M]...

    Prints the import graph that contracts are checked against: every module (name, language,
    kind, path) and every import statement (importer, imported, path, line, flags).

    OPTIONS:
      --config FILE      Configuration file (default: contracts.json here or in a parent folder).
      --format FORMAT    json (default).
      --module M         Keep only M and the modules inside it; repeat for several.
      -h, --help         Show this help.

    EXAMPLES:
      archlint graph > graph.json
      archlint graph --module shop.domain

    """
}
