import Foundation
import PackagePlugin

/// `swift package archlint <arguments>`: runs archlint on the package, with the arguments as given.
///
/// archlint runs in the package's folder, so it finds the package's `contracts.json` as it would
/// from a shell there; its output is the plugin's output and its exit status the plugin's. The
/// plugin may write only into its own work folder (SwiftPM sandboxes plugins on macOS), so
/// `check`, `graph` and `baseline` keep their cache there unless the arguments say otherwise
/// (`--cache-dir`, `--no-cache`). Commands that write into the package (`init`, `baseline`)
/// need `swift package --allow-writing-to-package-directory archlint …`.
@main
struct ArchlintCommandPlugin: CommandPlugin {
    /// The commands that keep a cache and take `--cache-dir`.
    private static let cachingCommands: Set<String> = ["check", "graph", "baseline"]

    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let archlint = try context.tool(named: "archlint")
        let cache = context.pluginWorkDirectoryURL.appendingPathComponent("archlint_cache")
        let process = Process()
        process.executableURL = archlint.url
        process.arguments = Self.withCacheDirectory(arguments, cache.path)
        process.currentDirectoryURL = context.package.directoryURL
        // stdin, stdout and stderr are inherited: archlint's output is the plugin's output.
        try process.run()
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal {
            Diagnostics.error("archlint was killed by signal \(process.terminationStatus)")
            exit(1)
        }
        exit(process.terminationStatus)
    }

    /// `arguments` with `--cache-dir DIR` after a caching command, unless they choose a cache.
    static func withCacheDirectory(_ arguments: [String], _ directory: String) -> [String] {
        guard let command = arguments.first, cachingCommands.contains(command) else { return arguments }
        let choosesCache = arguments.contains { argument in
            argument == "--no-cache" || argument == "--cache-dir" || argument.hasPrefix("--cache-dir=")
        }
        if choosesCache { return arguments }
        return [command, "--cache-dir", directory] + arguments.dropFirst()
    }
}
