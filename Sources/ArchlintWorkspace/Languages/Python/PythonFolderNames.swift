import ArchlintFiles
import ArchlintGraph

/// What the module finder makes of the entries of one folder: the path, the path the process
/// opens and the module name of each, built from the folder's own as bytes.
///
/// `PathSyntax.join` and `+` grew each string two or three times and compared it with `.` and
/// `/` as text; with the folder's parts kept as bytes, each string is one allocation, and the
/// module name's hash continues from the folder's (`ModuleName.byteHash` is FNV-1a) instead of
/// hashing the whole name again.
struct PythonFolderNames {
    /// The folder's path and `/` (empty for the configuration folder), as `PathSyntax.join` makes it.
    private let display: [UInt8]
    private let absolute: [UInt8]
    /// The folder's module name and `.`.
    private let module: [UInt8]
    /// FNV-1a of `module`.
    private let moduleHash: UInt64

    init(display: String, absolute: String, moduleName: ModuleName) {
        self.display = Self.prefix(display)
        self.absolute = Self.prefix(absolute)
        module = Array(moduleName.rawValue.utf8) + [UInt8(ascii: ".")]
        moduleHash = Self.hash(continuing: moduleName.byteHash, with: UnsafeBufferPointer(start: nil, count: 0), dot: true)
    }

    /// `PathSyntax.join(path, name)` as a prefix of bytes, for names that are neither empty, `.`
    /// nor absolute (a folder's entries).
    private static func prefix(_ path: String) -> [UInt8] {
        if path.isEmpty || path == "." { return [] }
        var bytes = Array(path.utf8)
        if bytes.last != UInt8(ascii: "/") { bytes.append(UInt8(ascii: "/")) }
        return bytes
    }

    /// The entry `name`'s path relative to the configuration folder.
    func path(_ name: UnsafeBufferPointer<UInt8>) -> String { Self.joined(display, name) }

    /// The entry `name`'s path as the process opens it.
    func absolutePath(_ name: UnsafeBufferPointer<UInt8>) -> String { Self.joined(absolute, name) }

    /// The module named by the folder's name, a dot and `segment`.
    func moduleName(_ segment: UnsafeBufferPointer<UInt8>) -> ModuleName {
        ModuleName(Self.joined(module, segment), byteHash: Self.hash(continuing: moduleHash, with: segment, dot: false))
    }

    /// `hash` with `bytes` (and a dot first, when `dot`) mixed in, as FNV-1a goes on.
    private static func hash(continuing hash: UInt64, with bytes: UnsafeBufferPointer<UInt8>, dot: Bool) -> UInt64 {
        var value = hash
        if dot { value = (value ^ UInt64(UInt8(ascii: "."))) &* FNV1a.prime }
        for byte in bytes { value = (value ^ UInt64(byte)) &* FNV1a.prime }
        return value
    }

    /// `prefix` followed by `name`, in one allocation.
    private static func joined(_ prefix: [UInt8], _ name: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: prefix.count + name.count) { buffer in
            let end = buffer.initialize(fromContentsOf: prefix)
            guard name.count > 0 else { return end }
            return end + UnsafeMutableBufferPointer(rebasing: buffer[end...]).initialize(fromContentsOf: name)
        }
    }
}
