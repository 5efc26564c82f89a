import ArchlintConfigSyntax

/// Reads `[importlinter]` and `[importlinter:…]` sections as import-linter's INI reader does:
/// every section whose name starts with `importlinter:` is a contract whose id is the name's
/// last `:` part; a value with a line end becomes the list of its lines.
enum ImportLinterINIReader {
    static let sectionName = "importlinter"

    /// The options, or nil when the file has no `[importlinter]` section (import-linter then
    /// tries the next file). Interpolation errors surface here, as they do in configparser.
    static func options(of document: INIDocument) throws(INISyntaxError) -> ImportLinterOptions? {
        guard let session = document.section(sectionName), let items = try document.items(in: sectionName) else { return nil }
        var contracts: [ImportLinterOptions.Contract] = []
        for section in document.sections where section.name.hasPrefix(sectionName + ":") {
            let id = section.name.split(separator: ":", omittingEmptySubsequences: false).last.map(String.init) ?? ""
            let contractItems = try document.items(in: section.name) ?? []
            contracts.append(ImportLinterOptions.Contract(
                label: section.name, defaultID: id, position: section.position ?? TextPosition(line: 1, column: 1),
                options: contractItems.map(member)))
        }
        return ImportLinterOptions(
            sessionLabel: sectionName, sessionPosition: session.position ?? TextPosition(line: 1, column: 1),
            session: items.map(member), contracts: contracts)
    }

    /// One item as a positioned value: its lines as an array of strings, or its single string.
    private static func member(_ item: INIItem) -> JSONValue.Member {
        let start = item.option.valuePosition
        guard let lines = item.lines else {
            return JSONValue.Member(key: item.key, value: JSONValue(.string(item.value), line: start.line, column: start.column))
        }
        // Each line points at where it is written, unless interpolation changed the text.
        var written = item.value == item.option.rawValue ? item.option.lines.filter { !$0.text.isEmpty }[...] : []
        var elements: [JSONValue] = []
        for line in lines {
            var position = start
            if !line.isEmpty, let index = written.firstIndex(where: { $0.text == line }) {
                position = written[index].position
                written = written[(index + 1)...]
            }
            elements.append(JSONValue(.string(line), line: position.line, column: position.column))
        }
        return JSONValue.Member(key: item.key, value: JSONValue(.array(elements), line: start.line, column: start.column))
    }
}
