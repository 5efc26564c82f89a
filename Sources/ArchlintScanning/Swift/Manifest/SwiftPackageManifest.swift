/// What archlint reads from a `Package.swift` without running the toolchain: the tools version
/// and the targets. Manifests are Swift programs; the reader understands the forms real
/// packages use (see `SwiftManifestReader`) and notes what it had to guess or skip.
package struct SwiftPackageManifest: Hashable, Sendable {
    /// The `// swift-tools-version:` of the file, as numbers (`[5, 9]`); nil when absent.
    package var toolsVersion: [Int]?
    /// The targets, in the order the manifest declares them; one per name.
    package var targets: [SwiftManifestTarget] = []
    /// Things the reader could not evaluate, for diagnostics (`line: message`).
    package var notes: [SwiftLexProblem] = []

    /// Reads a manifest's bytes.
    package static func read(_ bytes: [UInt8]) -> SwiftPackageManifest {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = SwiftManifestReader(buffer)
            var manifest = reader.read()
            manifest.toolsVersion = toolsVersion(of: bytes)
            return manifest
        }
    }

    /// The version in a `// swift-tools-version:X.Y[.Z]` comment on the first line.
    package static func toolsVersion(of bytes: [UInt8]) -> [Int]? {
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
    package static func version(_ text: String) -> [Int]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
        guard !parts.isEmpty, parts.count <= 3, parts.allSatisfy({ $0 != nil }) else { return nil }
        return parts.map { $0! }
    }

    /// Which manifest SwiftPM loads among a package folder's file names, for a toolchain of
    /// version `current`: `Package@swift-6.3.swift` (or `-6`, `-6.3.1`) when one matches the
    /// toolchain exactly, else the newest older version-specific one when it declares a newer
    /// tools version than `Package.swift`, else `Package.swift`. Nil without `Package.swift`.
    package static func manifestFileName(
        among names: [String], current: [Int], toolsVersion: (String) -> [Int]?
    ) -> String? {
        guard names.contains("Package.swift") else { return nil }
        var versioned: [(version: [Int], name: String)] = []
        for name in names where name.hasPrefix("Package@swift-") && name.hasSuffix(".swift") {
            let text = String(name.dropFirst("Package@swift-".count).dropLast(".swift".count))
            if let version = version(text) { versioned.append((version, name)) }
        }
        let padded = current + Array(repeating: 0, count: max(0, 3 - current.count))
        for length in stride(from: 3, through: 1, by: -1) {
            let key = padded.prefix(length).map(String.init).joined(separator: ".")
            if let exact = versioned.first(where: { $0.name == "Package@swift-\(key).swift" }) { return exact.name }
        }
        let compatible = versioned.filter { !isNewer($0.version, than: current) }
        guard let newest = compatible.max(by: { isNewer($1.version, than: $0.version) }),
              let newestTools = toolsVersion(newest.name)
        else { return "Package.swift" }
        if let regularTools = toolsVersion("Package.swift"), !isNewer(newestTools, than: regularTools) {
            return "Package.swift"
        }
        return newest.name
    }

    /// Version order with missing components read as 0.
    package static func isNewer(_ lhs: [Int], than rhs: [Int]) -> Bool {
        for index in 0..<max(lhs.count, rhs.count) {
            let left = index < lhs.count ? lhs[index] : 0
            let right = index < rhs.count ? rhs[index] : 0
            if left != right { return left > right }
        }
        return false
    }
}
