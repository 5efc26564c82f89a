/// archlint's version, printed by `--version` and part of every cache key.
public enum ArchlintVersion {
    public static let current = "0.1.0"
}
