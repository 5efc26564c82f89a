import ArchlintScanning

/// What a language's scanner makes of one file, as the cache keeps it: its imports before
/// resolution and its lexical problems. Python's and Swift's scans conform, each writing its own
/// import section; the rest of the payload is the same for every language.
package protocol CacheableScan: Sendable {
    /// Each lexical problem as line and message.
    var problemRecords: [(line: Int, message: String)] { get }
    /// Writes the scan's imports.
    func writeImports(to writer: inout ByteWriter)
    /// Reads the imports `writeImports` wrote and makes the scan; nil when they are malformed.
    init?(readingImportsFrom reader: inout ByteReader<[UInt8]>, problemRecords: [(line: Int, message: String)])
}

/// One file's scan as cached: the source check's finding and, unless the file was not scanned
/// (binary), the language's scan. Independent of other files: resolution, which depends on the
/// module set, runs every time.
package struct FileScan<Scan: CacheableScan>: Sendable {
    package let finding: SourceCheck.Finding?
    /// Nil when the file was not scanned (binary).
    package let scan: Scan?

    package init(finding: SourceCheck.Finding?, scan: Scan?) {
        self.finding = finding
        self.scan = scan
    }

    /// The cache payload: finding, whether scanned, the problems, then the imports.
    package func encoded() -> [UInt8] {
        var writer = ByteWriter()
        writer.write(finding)
        guard let scan else {
            writer.write(false)
            return writer.bytes
        }
        writer.write(true)
        let problems = scan.problemRecords
        writer.write(problems.count)
        for problem in problems {
            writer.write(problem.line)
            writer.write(problem.message)
        }
        scan.writeImports(to: &writer)
        return writer.bytes
    }

    /// Decodes a payload; nil when it is malformed (the file is then scanned afresh).
    package init?(decoding payload: [UInt8]) {
        var reader = ByteReader(payload)
        guard let finding = reader.readFinding(), let scanned = reader.readBool() else { return nil }
        guard scanned else {
            guard reader.isAtEnd else { return nil }
            self.init(finding: finding, scan: nil)
            return
        }
        guard let problemCount = reader.readInt(), problemCount >= 0, problemCount <= reader.remainingCount else { return nil }
        var problems: [(line: Int, message: String)] = []
        for _ in 0..<problemCount {
            guard let line = reader.readInt(), let message = reader.readString() else { return nil }
            problems.append((line, message))
        }
        guard let scan = Scan(readingImportsFrom: &reader, problemRecords: problems), reader.isAtEnd else { return nil }
        self.init(finding: finding, scan: scan)
    }
}
