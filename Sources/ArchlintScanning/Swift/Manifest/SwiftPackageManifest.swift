/// What archlint reads from a `Package.swift` without running the toolchain: the tools version
/// and the targets, each with its declared dependencies. Manifests are Swift programs; the
/// reader understands the forms real packages use (see `SwiftManifestReader`) and notes what it
/// had to guess or skip. Which manifest file to read is `manifestFileName(among:current:toolsVersion:)`.
public struct SwiftPackageManifest: Hashable, Sendable {
    /// The `// swift-tools-version:` of the file, as numbers (`[5, 9]`); nil when absent.
    public var toolsVersion: [Int]?
    /// The targets, in the order the manifest declares them; one per name.
    public var targets: [SwiftManifestTarget] = []
    /// The `name:` of the `Package(…)` call, when it can be read.
    public var name: String?
    /// The products, in the order the manifest declares them; one per name.
    public var products: [SwiftManifestProduct] = []
    /// Things the reader could not evaluate, for diagnostics (`line: message`).
    public var notes: [SwiftLexProblem] = []

    /// Reads a manifest's bytes.
    public static func read(_ bytes: [UInt8]) -> SwiftPackageManifest {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = SwiftManifestReader(buffer)
            var manifest = reader.read()
            manifest.name = reader.packageName()
            manifest.products = reader.products()
            manifest.toolsVersion = toolsVersion(of: bytes)
            return manifest
        }
    }

    /// The version in a `// swift-tools-version:X.Y[.Z]` comment on the first line.
    public static func toolsVersion(of bytes: [UInt8]) -> [Int]? {
        let firstLine = bytes.prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
            .map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }
        let marker = Array("swift-tools-version:".utf8)
        guard firstLine.count >= marker.count,
              let start = (0...(firstLine.count - marker.count)).first(where: { firstLine[$0..<($0 + marker.count)].elementsEqual(marker) })
        else { return nil }
        let rest = firstLine[(start + marker.count)...].drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        let digits = rest.prefix { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".") }
        return version(String(decoding: digits, as: UTF8.self))
    }

    /// `5.9.1` as `[5, 9, 1]`; nil when not a version.
    public static func version(_ text: String) -> [Int]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
        guard !parts.isEmpty, parts.count <= 3, parts.allSatisfy({ $0 != nil }) else { return nil }
        return parts.map { $0! }
    }

    /// Version order with missing components read as 0.
    public static func isNewer(_ lhs: [Int], than rhs: [Int]) -> Bool {
        for index in 0..<max(lhs.count, rhs.count) {
            let left = index < lhs.count ? lhs[index] : 0
            let right = index < rhs.count ? rhs[index] : 0
            if left != right { return left > right }
        }
        return false
    }
}
