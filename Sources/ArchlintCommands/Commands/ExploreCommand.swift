#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArchlintFiles

/// `archlint explore`: writes the HTML explorer (`graph --format html`) to a new temporary file,
/// prints its path, and opens it with the platform's opener (`open` on macOS, `xdg-open`
/// elsewhere) when one is on the PATH.
package enum ExploreCommand {
    package static func run(_ options: GraphOptions, environment: [String: String]) -> CommandOutcome {
        var options = options
        options.format = .html
        let page = GraphCommand.run(options)
        guard page.exitCode == 0 else { return page }
        let folder = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((folder + "/archlint-explorer-XXXXXX.html").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 5) }
        guard descriptor >= 0 else {
            return CommandOutcome(stderr: page.stderr + "error: cannot create a file in \(folder): \(String(cString: strerror(errno)))\n",
                                  exitCode: CommandOutcome.errorExitCode)
        }
        close(descriptor)
        let path = String(cString: template)
        if case .failure(let failure) = FileWriter.write(Array(page.stdout.utf8), to: path) {
            return CommandOutcome(stderr: page.stderr + "error: cannot write \(path): \(failure)\n", exitCode: CommandOutcome.errorExitCode)
        }
        var stderr = page.stderr
        #if os(macOS)
        let openerName = "open"
        #else
        let openerName = "xdg-open"
        #endif
        if let opener = find(openerName, in: environment["PATH"] ?? "") {
            if let problem = spawn(opener, [path]) {
                stderr += "warning: could not run \(opener): \(problem); open the file yourself\n"
            } else {
                stderr += "Opening it with \(openerName).\n"
            }
        } else {
            stderr += "No \(openerName) on the PATH: open the file in a browser yourself.\n"
        }
        return CommandOutcome(stdout: path + "\n", stderr: stderr, exitCode: 0)
    }

    /// The first executable `name` in the `:`-separated `path`.
    private static func find(_ name: String, in path: String) -> String? {
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = folder + "/" + name
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// Starts `program` with `arguments` (not waited for: the opener hands the file to a browser
    /// and archlint exits); nil when it started, else the system's reason.
    private static func spawn(_ program: String, _ arguments: [String]) -> String? {
        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let status = posix_spawn(&pid, program, nil, nil, argv, environ)
        return status == 0 ? nil : String(cString: strerror(status))
    }
}
