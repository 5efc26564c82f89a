import ArchlintConfigSyntax
import ArchlintConfiguration
import ArchlintFiles
import ArchlintReporting

/// `archlint migrate`: writes the `contracts.json` equivalent to the import-linter configuration
/// found (or named by `--config`) beside it, so `check` on either gives the same report.
package enum MigrateCommand {
    /// `output`: where to write (default `contracts.json` beside the import-linter file); `-` is stdout.
    package static func run(source: ConfigurationSource, output: String?, force: Bool) -> CommandOutcome {
        let migration: ImportLinterMigration
        do { migration = try ImportLinterMigration.prepare(source) } catch {
            return .failure(RunError(error))
        }
        var document: [(String, JSONWriter.Value)] = [
            ("description", .string("Migrated from \(PathSyntax.components(migration.displayPath).last.map(String.init) ?? migration.displayPath) by `archlint migrate`; checks what import-linter checked.")),
        ]
        if case .object(let members) = migration.document.kind { document += members.map { ($0.key, value($0.value)) } }
        let text = JSONWriter().render(.object(document))
        if output == "-" { return CommandOutcome(stdout: text, exitCode: CommandOutcome.keptExitCode) }
        let path: String
        if let output {
            path = output.hasPrefix("/") ? output : source.workingDirectory + "/" + output
        } else {
            path = PathSyntax.parent(migration.sourcePath) + "/" + ConfigurationLoader.fileName
        }
        if DirectoryListing.exists(path) && !force {
            return .failure(RunError(messages: ["error: \(PathSyntax.relative(path, to: source.workingDirectory)) already exists; pass --force to overwrite it"]))
        }
        if case .failure(let failure) = FileWriter.writeAtomically(Array(text.utf8), to: path) {
            return .failure(RunError(messages: ["error: cannot write \(path): \(failure)"]))
        }
        let contracts: Int
        if case .object(let members) = migration.document.kind, case .array(let list)? = members.first(where: { $0.key == "contracts" })?.value.kind {
            contracts = list.count
        } else {
            contracts = 0
        }
        return CommandOutcome(
            stdout: "Wrote \(PathSyntax.relative(path, to: source.workingDirectory)) with \(contracts) contract\(contracts == 1 ? "" : "s") from \(migration.displayPath). `archlint check` now reads it; \(migration.displayPath)'s import-linter section can go.\n",
            exitCode: CommandOutcome.keptExitCode)
    }

    private static func value(_ json: JSONValue) -> JSONWriter.Value {
        switch json.kind {
        case .object(let members): return .object(members.map { ($0.key, value($0.value)) })
        case .array(let elements): return .array(elements.map(value))
        case .string(let text): return .string(text)
        case .number(let number): return .int(Int(number))
        case .bool(let flag): return .bool(flag)
        case .null: return .null
        }
    }
}
