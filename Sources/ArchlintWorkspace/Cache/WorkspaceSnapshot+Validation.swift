#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArchlintFiles

extension WorkspaceSnapshot {
    /// What the quick check compares instead of discovering the workspace again: every folder
    /// whose entries decide the modules (its modification time changes when an entry is added,
    /// removed or renamed), and every file's stamp, each file named by its folder and its name
    /// so the check opens a folder once and stats its files by name (`fstatat`).
    ///
    /// Written as one block laid out for use where it lies (`Layout`): fixed-width records and
    /// NUL-terminated names, so a warm run checks it without building a string or an array per
    /// file (decoding 16,000 paths and stamps cost 40 M instructions on ansible_collections).
    struct Validation: Sendable {
        let settingsKey: UInt64
        let folders: [(path: String, modified: Int)]
        /// Sorted by folder; `folder` is an index into `folders`, or nil when the file's folder was
        /// not recorded (then `name` is the file's whole path).
        let files: [(folder: Int?, name: String, stamp: ScanCache.Stamp?)]

        /// The record for `folders` and the files at `filePaths` (absolute) with their stamps.
        init(settingsKey: UInt64, folders: [(path: String, modified: Int)], filePaths: [(path: String, stamp: ScanCache.Stamp?)]) {
            var indexOfFolder: [String: Int] = [:]
            for (index, folder) in folders.enumerated() where indexOfFolder[folder.path] == nil { indexOfFolder[folder.path] = index }
            var files: [(folder: Int?, name: String, stamp: ScanCache.Stamp?)] = filePaths.map { file in
                guard let slash = file.path.utf8.lastIndex(of: UInt8(ascii: "/")),
                      let folder = indexOfFolder[String(file.path[..<slash])]
                else { return (nil, file.path, file.stamp) }
                return (folder, String(file.path[file.path.index(after: slash)...]), file.stamp)
            }
            files.sort { ($0.folder ?? -1) < ($1.folder ?? -1) }
            self.settingsKey = settingsKey
            self.folders = folders
            self.files = files
        }

        // MARK: - Encoding

        /// Appends the block (the settings key is written by the snapshot): see `Layout`.
        func write(into writer: inout ByteWriter) {
            var block = Layout.Builder()
            var start = 0
            // Files whose folder was not recorded come first (sorted so), under the pseudo-folder.
            while start < files.count, files[start].folder == nil { start += 1 }
            var ranges = [Range<Int>](repeating: 0..<0, count: folders.count)
            var index = start
            while index < files.count {
                var end = index + 1
                while end < files.count, files[end].folder == files[index].folder { end += 1 }
                ranges[files[index].folder!] = index..<end
                index = end
            }
            for (folder, range) in zip(folders, ranges) {
                block.addFolder(path: folder.path, modified: folder.modified, files: files[range].map { ($0.name, $0.stamp) })
            }
            if start > 0 { block.addFolder(path: nil, modified: 0, files: files[0..<start].map { ($0.name, $0.stamp) }) }
            writer.write(block.bytes())
        }

        /// True when the block (as `write(into:)` wrote it, valid during the call) is well formed and no folder and no
        /// file changed since, checked on every core; false otherwise.
        static func holds(_ block: UnsafeRawBufferPointer) -> Bool {
            guard let layout = Layout(block) else { return false }
            let chunks = stride(from: 0, to: layout.folderCount, by: 32).map { $0..<min($0 + 32, layout.folderCount) }
            let held = ParallelMap.map(chunks) { chunk in chunk.allSatisfy(layout.folderHolds) }
            return !held.contains(false)
        }

        /// `holds(_:)` for the block at `block` in `bytes`.
        static func holds(_ bytes: [UInt8], block: Range<Int>) -> Bool {
            bytes.withUnsafeBytes { holds(UnsafeRawBufferPointer(rebasing: $0[block])) }
        }
    }

    /// The validation block: a header of two counts, then fixed-width little-endian records
    /// (`Folder`, then `File`), then the names, each ending in a NUL so it is passed to the
    /// system as it lies. Folder `path` is an offset into the names, or `noFolder` for the
    /// pseudo-folder of files named by their whole path.
    struct Layout: @unchecked Sendable {
        static let headerSize = 16
        static let folderSize = 32
        static let fileSize = 48
        static let noFolder = UInt64.max

        /// Only read during `holds`, while the bytes it points into are held by its caller.
        private let raw: UnsafeRawBufferPointer
        let folderCount: Int
        private let fileCount: Int
        private let namesStart: Int

        /// The block's layout after checking that every record and name lies inside it; nil when not.
        init?(_ raw: UnsafeRawBufferPointer) {
            guard raw.count >= Self.headerSize else { return nil }
            let folders = raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self).littleEndian
            let files = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self).littleEndian
            guard folders < 1 << 32, files < 1 << 32 else { return nil }
            let namesStart = Self.headerSize + Int(folders) * Self.folderSize + Int(files) * Self.fileSize
            // The names end in a NUL, so any offset inside them starts a terminated string.
            guard namesStart <= raw.count, raw.count == namesStart || raw[raw.count - 1] == 0 else { return nil }
            self.raw = raw
            folderCount = Int(folders)
            fileCount = Int(files)
            self.namesStart = namesStart
            let namesCount = raw.count - namesStart
            var expectedFile = 0
            for folder in 0..<folderCount {
                let record = Self.headerSize + folder * Self.folderSize
                let path = word(record), first = word(record + 16), count = word(record + 24)
                guard path == Self.noFolder || path < UInt64(namesCount), first == UInt64(expectedFile),
                      count <= UInt64(fileCount - expectedFile) else { return nil }
                expectedFile += Int(count)
            }
            guard expectedFile == fileCount else { return nil }
            for file in 0..<fileCount where word(fileRecord(file)) >= UInt64(namesCount) { return nil }
        }

        private func word(_ offset: Int) -> UInt64 { raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian }
        private func fileRecord(_ index: Int) -> Int { Self.headerSize + folderCount * Self.folderSize + index * Self.fileSize }
        private func name(_ offset: UInt64) -> UnsafePointer<CChar> {
            (raw.baseAddress! + namesStart + Int(offset)).assumingMemoryBound(to: CChar.self)
        }

        /// The folder's time and each of its files' stamps are as recorded.
        func folderHolds(_ index: Int) -> Bool {
            let record = Self.headerSize + index * Self.folderSize
            let path = word(record), modified = Int(Int64(bitPattern: word(record + 8)))
            let first = Int(word(record + 16)), count = Int(word(record + 24))
            var info = stat()
            var descriptor = AT_FDCWD
            if path != Self.noFolder {
                if count == 0 {
                    let now = stat(name(path), &info) == 0 ? ScanCache.Stamp(info).modified : -1
                    return now == modified
                }
                descriptor = open(name(path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                guard descriptor >= 0 else { return false }
                guard fstat(descriptor, &info) == 0, ScanCache.Stamp(info).modified == modified else {
                    close(descriptor)
                    return false
                }
            }
            defer { if descriptor != AT_FDCWD { close(descriptor) } }
            for file in first..<first + count {
                let record = fileRecord(file)
                let exists = fstatat(descriptor, name(word(record)), &info, 0) == 0
                guard exists == (word(record + 8) != 0) else { return false }
                guard exists else { continue }
                let recorded = ScanCache.Stamp(
                    size: Int(Int64(bitPattern: word(record + 16))), modified: Int(Int64(bitPattern: word(record + 24))),
                    changed: Int(Int64(bitPattern: word(record + 32))), inode: Int(Int64(bitPattern: word(record + 40))))
                if ScanCache.Stamp(info) != recorded { return false }
            }
            return true
        }

        /// Lays out a block.
        struct Builder {
            private var folderRecords: [UInt8] = []
            private var fileRecords: [UInt8] = []
            private var names: [UInt8] = []
            private var folderCount = 0
            private var fileCount = 0

            mutating func addFolder(path: String?, modified: Int, files: [(name: String, stamp: ScanCache.Stamp?)]) {
                put(path.map { addName($0) } ?? noFolder, &folderRecords)
                put(UInt64(bitPattern: Int64(modified)), &folderRecords)
                put(UInt64(fileCount), &folderRecords)
                put(UInt64(files.count), &folderRecords)
                folderCount += 1
                for file in files {
                    put(addName(file.name), &fileRecords)
                    put(file.stamp == nil ? 0 : 1, &fileRecords)
                    let stamp = file.stamp ?? ScanCache.Stamp(size: 0, modified: 0)
                    for field in [stamp.size, stamp.modified, stamp.changed, stamp.inode] { put(UInt64(bitPattern: Int64(field)), &fileRecords) }
                    fileCount += 1
                }
            }

            func bytes() -> [UInt8] {
                var block: [UInt8] = []
                put(UInt64(folderCount), &block)
                put(UInt64(fileCount), &block)
                return block + folderRecords + fileRecords + names
            }

            private mutating func addName(_ text: String) -> UInt64 {
                let offset = UInt64(names.count)
                names.append(contentsOf: text.utf8)
                names.append(0)
                return offset
            }

            private func put(_ value: UInt64, _ bytes: inout [UInt8]) {
                withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
            }
        }
    }
}
