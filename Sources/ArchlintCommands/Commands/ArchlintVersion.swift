/// archlint's version, printed by `--version` and part of every cache key.
package enum ArchlintVersion {
    package static let current = "0.1.0"
}
