import ArchlintGraph

/// Modules the Swift toolchain or an SDK provides on every platform archlint knows: a target
/// imports them without declaring anything, so `declared_dependencies` never calls them undeclared.
enum ToolchainModules {
    static let names: Set<ModuleName> = [
        "Swift", "SwiftShims", "SwiftOnoneSupport", "_Concurrency", "_StringProcessing", "_RegexParser", "RegexBuilder",
        "Observation", "Synchronization", "Distributed", "_Differentiation", "Cxx", "CxxStdlib", "std",
        "Foundation", "FoundationEssentials", "FoundationInternationalization", "FoundationNetworking", "FoundationXML",
        "CoreFoundation", "Dispatch", "XCTest", "Testing", "PackageDescription", "PackagePlugin",
        "Glibc", "SwiftGlibc", "Darwin", "Musl", "WASILibc", "Android", "Bionic", "WinSDK", "ucrt", "CRT", "os",
    ]
}
