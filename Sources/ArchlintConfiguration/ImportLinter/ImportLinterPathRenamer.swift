/// Names a path of the converted document as the import-linter file writes it:
/// `contracts[1].layers[0]` → `[importlinter:contract:layers] layers[0]` (INI) or
/// `tool.importlinter.contracts[1].layers[0]` (TOML); `python.root_packages` → the session key.
struct ImportLinterPathRenamer {
    let labels: ImportLinterNormalizer.PathLabels

    func rename(_ path: String) -> String {
        if path.hasPrefix("contracts["), let close = path.firstIndex(of: "]"),
           let index = Int(path[path.index(path.startIndex, offsetBy: 10)..<close]), index < labels.contracts.count {
            var rest = String(path[path.index(after: close)...])
            if rest.hasPrefix(".") { rest.removeFirst() }
            return join(labels.contracts[index], rest)
        }
        if path.hasPrefix("python.") {
            var key = String(path.dropFirst(7))
            if key.hasPrefix("root_packages") {
                // `root_package = "x"` is one name, written without an index.
                key = labels.rootPackagesKey == "root_package" && key == "root_packages[0]"
                    ? "root_package" : labels.rootPackagesKey + key.dropFirst(13)
            }
            return join(labels.sessionLabel, key)
        }
        return path
    }

    private func join(_ table: String, _ key: String) -> String {
        switch labels.format {
        case .ini: return key.isEmpty ? "[\(table)]" : "[\(table)] \(key)"
        case .toml: return key.isEmpty ? table : "\(table).\(key)"
        }
    }
}
