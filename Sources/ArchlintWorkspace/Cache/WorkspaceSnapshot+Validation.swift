#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArchlintFiles

extension WorkspaceSnapshot {
    /// What the quick check compares instead of discovering the workspace again: every folder
    /// whose entries decide the modules (its modification time changes when an entry is added,
    /// removed or renamed), and every file's stamp, each file named by its
    /// folder and its name so the check opens a folder once and stats its files by name.
    struct Validation: Sendable {
        let settingsKey: UInt64
        let folders: [(path: String, modified: Int)]
        /// Sorted by folder; `folder` is an index into `folders`, or nil when the file's folder was
        /// not recorded (then `name` is the file's whole path).
        let files: [(folder: Int?, name: String, stamp: ScanCache.Stamp?)]
        /// The range of `files` in each folder.
        private let filesOfFolder: [Range<Int>]

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
            self.init(settingsKey: settingsKey, folders: folders, sortedFiles: files)
        }

        private init(settingsKey: UInt64, folders: [(path: String, modified: Int)],
                     sortedFiles files: [(folder: Int?, name: String, stamp: ScanCache.Stamp?)]) {
            self.settingsKey = settingsKey
            self.folders = folders
            self.files = files
            var ranges = [Range<Int>](repeating: 0..<0, count: folders.count)
            var start = 0
            while start < files.count {
                var end = start + 1
                while end < files.count, files[end].folder == files[start].folder { end += 1 }
                if let folder = files[start].folder { ranges[folder] = start..<end }
                start = end
            }
            filesOfFolder = ranges
        }

        /// True when no folder and no file changed, checked on every core.
        func holds() -> Bool {
            let chunks = stride(from: 0, to: folders.count, by: 16).map { $0..<min($0 + 16, folders.count) }
            let foldersHold = ParallelMap.map(chunks) { chunk in chunk.allSatisfy(folderHolds) }
            guard !foldersHold.contains(false) else { return false }
            return files.allSatisfy { $0.folder != nil || ScanCache.stamp(of: $0.name) == $0.stamp }
        }

        /// The folder's time and each of its files' stamps are as recorded.
        private func folderHolds(_ index: Int) -> Bool {
            let folder = folders[index]
            let range = filesOfFolder[index]
            guard !range.isEmpty else { return (ScanCache.stamp(of: folder.path)?.modified ?? -1) == folder.modified }
            let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { return false }
            defer { close(descriptor) }
            var info = stat()
            guard fstat(descriptor, &info) == 0, ScanCache.Stamp(info).modified == folder.modified else { return false }
            for file in files[range] {
                let stamp: ScanCache.Stamp? = fstatat(descriptor, file.name, &info, 0) == 0 ? ScanCache.Stamp(info) : nil
                if stamp != file.stamp { return false }
            }
            return true
        }

        // MARK: - Encoding

        /// Appends the folders and files (the settings key is written by the snapshot).
        func write(into writer: inout ByteWriter) {
            writer.write(folders.count)
            for folder in folders {
                writer.write(folder.path)
                writer.write(folder.modified)
            }
            writer.write(files.count)
            for file in files {
                writer.write(file.folder.map { $0 + 1 } ?? 0)
                writer.write(file.name)
                writer.write(file.stamp != nil)
                file.stamp?.write(into: &writer)
            }
        }

        /// Reads what `write(into:)` wrote; nil when malformed.
        static func read(_ reader: inout ByteReader, settingsKey: UInt64) -> Validation? {
            guard let folderCount = reader.readInt(), folderCount >= 0, folderCount < 1 << 26 else { return nil }
            var folders: [(path: String, modified: Int)] = []
            folders.reserveCapacity(folderCount)
            for _ in 0..<folderCount {
                guard let path = reader.readString(), let modified = reader.readInt() else { return nil }
                folders.append((path, modified))
            }
            guard let fileCount = reader.readInt(), fileCount >= 0, fileCount < 1 << 26 else { return nil }
            var files: [(folder: Int?, name: String, stamp: ScanCache.Stamp?)] = []
            files.reserveCapacity(fileCount)
            var previousFolder = -1
            for _ in 0..<fileCount {
                guard let folder = reader.readInt(), folder >= 0, folder <= folderCount, folder - 1 >= previousFolder,
                      let name = reader.readString(), let hasStamp = reader.readBool()
                else { return nil }
                var stamp: ScanCache.Stamp?
                if hasStamp {
                    guard let read = ScanCache.Stamp.read(&reader) else { return nil }
                    stamp = read
                }
                previousFolder = folder - 1
                files.append((folder == 0 ? nil : folder - 1, name, stamp))
            }
            return Validation(settingsKey: settingsKey, folders: folders, sortedFiles: files)
        }

        /// Steps over what `write(into:)` wrote without building it; false when malformed.
        static func skip(_ reader: inout ByteReader) -> Bool {
            guard let folderCount = reader.readInt(), folderCount >= 0 else { return false }
            for _ in 0..<folderCount where !(reader.skipBytes() && reader.readInt() != nil) { return false }
            guard let fileCount = reader.readInt(), fileCount >= 0 else { return false }
            for _ in 0..<fileCount {
                guard reader.readInt() != nil, reader.skipBytes(), let hasStamp = reader.readBool() else { return false }
                if hasStamp && ScanCache.Stamp.read(&reader) == nil { return false }
            }
            return true
        }
    }
}
