import ArchlintConfiguration
import ArchlintFiles

/// What the executable needs beside the commands, so that it imports nothing else: the
/// "did you mean" rule for options and the write loop for standard output and error.
package enum CommandLineSupport {
    /// The option nearest to a mistyped one (the same rule as for configuration keys).
    package static func closest(to name: String, among known: [String]) -> String? {
        NameSuggestion.closest(to: name, among: known)
    }

    /// Writes all of `text` to `descriptor`, retrying short writes; a closed pipe ends quietly.
    package static func write(_ text: String, to descriptor: Int32) {
        _ = FileWriter.writeAll(Array(text.utf8), to: descriptor)
    }
}
