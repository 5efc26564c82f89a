import ArchlintGraph

/// Gathers the import statements of many files into one array by moving them, not copying.
///
/// Copying an `ImportStatement` retains each string it holds; for the 25,000 statements of a
/// large workspace, freshly allocated on other cores, those retains cost more than the rest of
/// the merge. Moving is a byte copy that leaves a cheap placeholder behind.
enum StatementMover {
    /// The statements of every chunk, in order; each chunk is left holding placeholders.
    static func concatenate(_ chunks: inout [[ImportStatement]]) -> [ImportStatement] {
        let total = chunks.reduce(0) { $0 + $1.count }
        // Empty strings are stored inline, so the placeholder owns nothing to retain or release.
        let placeholder = ImportStatement(importer: ModuleName(""), imported: ModuleName(""),
                                          location: SourceLocation(path: "", line: 0))
        var result = [ImportStatement](repeating: placeholder, count: total)
        result.withUnsafeMutableBufferPointer { target in
            var next = 0
            for index in chunks.indices {
                chunks[index].withUnsafeMutableBufferPointer { source in
                    guard let from = source.baseAddress, source.count > 0 else { return }
                    (target.baseAddress! + next).moveUpdate(from: from, count: source.count)
                    from.initialize(repeating: placeholder, count: source.count)
                    next += source.count
                }
            }
        }
        return result
    }
}
