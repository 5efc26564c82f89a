extension SwiftPackageManifest {
    /// Which manifest SwiftPM of toolchain version `current` loads among a package folder's file
    /// names, given a way to read a file's `// swift-tools-version:` (nil when it has none).
    /// SwiftPM's rule (`ManifestLoader.findManifest`):
    /// 1. `Package@swift-M.m.p.swift`, else `-M.m`, else `-M` for the toolchain's own version wins.
    /// 2. Otherwise the version-specific manifest with the highest version not above the
    ///    toolchain's is the candidate; without one, `Package.swift`.
    /// 3. The candidate wins when its tools version is newer than `Package.swift`'s (a manifest
    ///    without the comment counts as 3.1), and also when `Package.swift` needs newer tools than
    ///    the toolchain (the fallback a package offers older toolchains); else `Package.swift`.
    /// Nil when neither `Package.swift` nor an exact version-specific manifest is there.
    public static func manifestFileName(
        among names: [String], current: [Int], toolsVersion: (String) -> [Int]?
    ) -> String? {
        var versioned: [(version: [Int], name: String)] = []
        for name in names where name.hasPrefix("Package@swift-") && name.hasSuffix(".swift") {
            let text = String(name.dropFirst("Package@swift-".count).dropLast(".swift".count))
            if let version = version(text) { versioned.append((padded(version), name)) }
        }
        let toolchain = padded(current)
        for length in stride(from: 3, through: 1, by: -1) {
            let key = toolchain.prefix(length).map(String.init).joined(separator: ".")
            if names.contains("Package@swift-\(key).swift") { return "Package@swift-\(key).swift" }
        }
        guard names.contains("Package.swift") else { return nil }
        let compatible = versioned.filter { !isNewer($0.version, than: toolchain) }
        guard let candidate = compatible.max(by: { isNewer($1.version, than: $0.version) }) else { return "Package.swift" }
        let regularTools = toolsVersion("Package.swift") ?? [3, 1]
        let candidateTools = isNewer([4], than: candidate.version) ? [3, 1] : (toolsVersion(candidate.name) ?? [3, 1])
        if isNewer(candidateTools, than: regularTools) { return candidate.name }
        return isNewer(regularTools, than: toolchain) ? candidate.name : "Package.swift"
    }

    /// A version with three components (`6` → `6.0.0`).
    private static func padded(_ version: [Int]) -> [Int] {
        version + Array(repeating: 0, count: max(0, 3 - version.count))
    }
}
