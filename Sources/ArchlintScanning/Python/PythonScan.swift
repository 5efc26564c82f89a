/// The imports of one Python file and the lexical problems met while finding them.
///
/// The imports are fixed-size records (`records`) pointing into one byte arena (`nameBytes`)
/// that holds every module and name, already NFKC-normalized: a scan costs a few arrays per
/// file, not a String per name. `imports` views them as `PythonImport` values.
public struct PythonScan: Sendable {
    /// The bytes of every module and imported name, back to back, that `records` point into.
    public private(set) var nameBytes: [UInt8]
    /// One record per imported object, in source order: each plain import's dotted name, each
    /// name of a `from` import.
    public private(set) var records: [PythonImportRecord]
    /// Problems that make CPython refuse the file (unterminated strings, unclosed brackets, an
    /// `import` inside a statement…), in the order they were met.
    public var problems: [PythonSourceProblem]

    /// A scan that found nothing.
    public init(problems: [PythonSourceProblem] = []) {
        self.init(unchecked: [], records: [], problems: problems)
    }

    /// Records the scanner built, consistent by construction.
    init(unchecked nameBytes: [UInt8], records: [PythonImportRecord], problems: [PythonSourceProblem]) {
        self.nameBytes = nameBytes
        self.records = records
        self.problems = problems
    }

    /// Records read from elsewhere (the cache); nil unless every record lies inside `nameBytes`
    /// and the records form whole statements (see `PythonImportRecord.Flags.startsStatement`),
    /// so that nothing reading the scan can step out of bounds.
    public init?(validating nameBytes: [UInt8], records: [PythonImportRecord], problems: [PythonSourceProblem]) {
        var previous: PythonImportRecord?
        for record in records {
            guard record.flags.isSubset(of: .all), record.module.upperBound <= nameBytes.count,
                record.name.upperBound <= nameBytes.count
            else { return nil }
            if !record.isFrom {
                guard record.startsStatement, record.nameCount == 0, record.level == 0 else { return nil }
            } else {
                guard record.nameCount > 0 else { return nil }
                if !record.startsStatement {
                    guard let first = previous, first.isFrom, first.module == record.module, first.level == record.level,
                        first.line == record.line, first.flags.subtracting(.startsStatement) == record.flags
                    else { return nil }
                }
            }
            previous = record
        }
        self.init(unchecked: nameBytes, records: records, problems: problems)
    }

    /// The text of bytes of `nameBytes` (a record's `module` or `name`).
    public func text(_ range: Range<Int>) -> String {
        nameBytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }
}
