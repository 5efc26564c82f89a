import ArchlintFiles
/// Scans one file through the cache: the cached result when the file's size and modification
/// time are unchanged, else the file read and scanned afresh, with the entry to keep for next time.
enum CachedScan {
    /// The raw scan and the cache entry to keep (nil without a cache), or why the file could not be read.
    static func scan<Raw>(
        _ absolutePath: String,
        key: String,
        cache: ScanCache?,
        knownStamp: ScanCache.Stamp?? = nil,
        decode: ([UInt8]) -> Raw?,
        encode: (Raw) -> [UInt8],
        readAndScan: () -> Result<Raw, FileContents.ReadError>
    ) -> Result<(raw: Raw, entry: ScanCache.Entry?, fromCache: Bool), FileContents.ReadError> {
        // `knownStamp`: one the caller already took (and used for the workspace key).
        // The stamp is taken before reading: a file changed in between gets a stamp older than
        // its content, so the next run sees a new stamp and rescans it.
        let stamp = cache == nil ? nil : (knownStamp ?? ScanCache.stamp(of: absolutePath))
        if let cache, let stamp, let payload = cache.payload(for: key, stamp: stamp), let raw = decode(payload) {
            return .success((raw, ScanCache.Entry(stamp: stamp, payload: payload), true))
        }
        switch readAndScan() {
        case .failure(let error): return .failure(error)
        case .success(let raw):
            // A file changed in the last moments is scanned again next time rather than trusted.
            let entry = stamp.flatMap { $0.isSettled ? ScanCache.Entry(stamp: $0, payload: encode(raw)) : nil }
            return .success((raw, entry, false))
        }
    }
}
