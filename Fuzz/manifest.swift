import ArchlintGraph
import ArchlintScanning

/// One `Package.swift`'s bytes through the manifest reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let manifest = SwiftPackageManifest.read(bytes)
    let lines = bytes.withUnsafeBufferPointer(lineCount)
    for note in manifest.notes { require(note.line >= 1 && note.line <= lines, "note line \(note.line) of \(lines)") }
    require(Set(manifest.targets.map(\.name)).count == manifest.targets.count, "a target name twice")
    return 0
}
