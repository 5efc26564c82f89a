import ArchlintFiles

/// The scan stage with the per-file cache around it: a file whose stamp (size, modification
/// time, inode, change time) is unchanged since the last run gets its cached scan; any other is
/// read and scanned by the wrapped stage, and its scan is recorded for the next run.
///
/// Workers record into slots of their own (one per file), so no lock is needed; the cache
/// layer collects the slots once every file is scanned.
package final class CachingScanStage: FileScanStage, @unchecked Sendable {
    private let inner: ReadingScanStage
    private let cache: ScanCache
    /// Per language: the stamps taken beforehand (one per file, for the workspace key too) and
    /// what each file gave.
    private let recordsByLanguage: [String: Records]

    /// One slot per file of a language; each written by exactly one worker.
    final class Records: @unchecked Sendable {
        let stamps: [ScanCache.Stamp?]
        let keys: [String]
        let slots: UnsafeMutableBufferPointer<(entry: ScanCache.Entry?, fromCache: Bool)>

        init(stamps: [ScanCache.Stamp?], keys: [String]) {
            self.stamps = stamps
            self.keys = keys
            slots = .allocate(capacity: keys.count)
            slots.initialize(repeating: (nil, false))
        }

        deinit { slots.deallocate() }
    }

    /// `files` and `stamps` by language name, parallel arrays.
    init(cache: ScanCache, files: [String: [SourceFile]], stamps: [String: [ScanCache.Stamp?]]) {
        self.inner = ReadingScanStage()
        self.cache = cache
        var records: [String: Records] = [:]
        for (language, list) in files {
            records[language] = Records(stamps: stamps[language] ?? [], keys: list.map { language + ":" + $0.path })
        }
        self.recordsByLanguage = records
    }

    package func scan<Language: LanguageFrontEnd>(
        _ file: SourceFile, at index: Int, of language: Language.Type, reader: inout SourceFileReader
    ) -> Result<FileScan<Language.Scan>, FileContents.ReadError> {
        guard let records = recordsByLanguage[Language.name], index < records.keys.count else {
            return inner.scan(file, at: index, of: language, reader: &reader)
        }
        let key = records.keys[index]
        // The stamp is taken before reading: a file changed in between gets a stamp older than
        // its content, so the next run sees a new stamp and rescans it.
        let stamp = index < records.stamps.count ? records.stamps[index] : ScanCache.stamp(of: file.absolutePath)
        if let stamp, let payload = cache.payload(for: key, stamp: stamp), let scan = FileScan<Language.Scan>(decoding: payload) {
            records.slots[index] = (ScanCache.Entry(stamp: stamp, payload: payload), true)
            return .success(scan)
        }
        let result = inner.scan(file, at: index, of: language, reader: &reader)
        // A file changed in the last moments is scanned again next time rather than trusted.
        if case .success(let scan) = result, let stamp, stamp.isSettled {
            records.slots[index] = (ScanCache.Entry(stamp: stamp, payload: scan.encoded()), false)
        }
        return result
    }

    package func summary(fileCount: Int) -> String {
        let reused = reusedCount
        return "\(fileCount - reused) scanned, \(reused) from cache"
    }

    /// How many files came from the cache.
    var reusedCount: Int {
        recordsByLanguage.values.reduce(0) { $0 + $1.slots.reduce(0) { $0 + ($1.fromCache ? 1 : 0) } }
    }

    /// The entries to keep: this run's files only, so deleted and renamed files disappear.
    var entries: [String: ScanCache.Entry] {
        var entries: [String: ScanCache.Entry] = [:]
        for records in recordsByLanguage.values {
            for (key, slot) in zip(records.keys, records.slots) where entries[key] == nil {
                if let entry = slot.entry { entries[key] = entry }
            }
        }
        return entries
    }
}
