import ArchlintScanning

/// What a language's scanner makes of one file, as the cache keeps it: its imports before
/// resolution and its lexical problems. Python's and Swift's scans conform, each writing its own
/// import records; the rest of the payload is the same for every language.
package protocol CacheableScan: Sendable {
    associatedtype Import: Sendable
    var imports: [Import] { get }
    /// Each lexical problem as line and message.
    var problemRecords: [(line: Int, message: String)] { get }
    init(imports: [Import], problemRecords: [(line: Int, message: String)])
    /// Writes one import record.
    static func write(_ item: Import, to writer: inout ByteWriter)
    /// Reads one import record; nil when malformed.
    static func read(from reader: inout ByteReader) -> Import?
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

    /// The cache payload: finding, whether scanned, the imports, then the problems.
    package func encoded() -> [UInt8] {
        var writer = ByteWriter()
        writer.write(finding)
        guard let scan else {
            writer.write(false)
            return writer.bytes
        }
        writer.write(true)
        writer.write(scan.imports.count)
        for item in scan.imports { Scan.write(item, to: &writer) }
        let problems = scan.problemRecords
        writer.write(problems.count)
        for problem in problems {
            writer.write(problem.line)
            writer.write(problem.message)
        }
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
        guard let count = reader.readInt(), count >= 0, count <= payload.count else { return nil }
        var imports: [Scan.Import] = []
        imports.reserveCapacity(count)
        for _ in 0..<count {
            guard let item = Scan.read(from: &reader) else { return nil }
            imports.append(item)
        }
        guard let problemCount = reader.readInt(), problemCount >= 0, problemCount <= payload.count else { return nil }
        var problems: [(line: Int, message: String)] = []
        for _ in 0..<problemCount {
            guard let line = reader.readInt(), let message = reader.readString() else { return nil }
            problems.append((line, message))
        }
        guard reader.isAtEnd else { return nil }
        self.init(finding: finding, scan: Scan(imports: imports, problemRecords: problems))
    }
}
