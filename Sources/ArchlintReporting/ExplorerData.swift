import ArchlintContracts
import ArchlintGraph

/// The data the HTML explorer draws, as compact JSON that is safe inside a `<script>` element:
/// every `<`, `>` and `&` is written `\u003c`…, so no module name can end the element or open a
/// comment, and U+2028/U+2029 are escaped too.
///
/// Shape (ids index `modules`, file numbers index `files`):
/// `modules: [[name, kind p|m|e, language py|sw, file or -1]]`,
/// `edges: [[importer, imported, file, line, file, line, …]]` (one file/line pair per statement),
/// `contracts: [{id, name, type, status, guidance?, warnings, ignored, violations: [{importer,
/// imported, kind, note?, chains: [[[importer id or -1, imported id or -1, [file, line, …],
/// importer name, imported name]]]}]}]`, `layers: [{contract, name, container, levels: [{members,
/// independent}]}]`, `summary`, `title`.
struct ExplorerData {
    private var out = ""
    private var files: [String] = []
    private var fileNumbers: [String: Int] = [:]

    static func json(graph: ImportGraph, report: Report, layers: [LayerStack], title: String) -> String {
        var data = ExplorerData()
        return data.render(graph: graph, report: report, layers: layers, title: title)
    }

    private mutating func render(graph: ImportGraph, report: Report, layers: [LayerStack], title: String) -> String {
        var body = ""
        swap(&body, &out)
        out += "\"modules\":["
        for (index, module) in graph.modules.enumerated() {
            if index > 0 { out += "," }
            out += "["
            string(module.name.rawValue)
            out += module.kind == .package ? ",\"p\"" : (module.kind == .module ? ",\"m\"" : ",\"e\"")
            out += module.language == .python ? ",\"py\"," : ",\"sw\","
            out += module.path.map { String(file($0)) } ?? "-1"
            out += "]"
        }
        out += "],\"edges\":["
        for (index, edge) in graph.edges.enumerated() {
            if index > 0 { out += "," }
            out += "[\(edge.importer),\(edge.imported)"
            for statement in graph.statements(edge.importer, edge.imported) {
                out += ",\(file(statement.location.path)),\(statement.location.line)"
            }
            out += "]"
        }
        out += "],\"contracts\":["
        for (index, result) in report.results.enumerated() {
            if index > 0 { out += "," }
            contract(result, graph: graph)
        }
        out += "],\"layers\":["
        for (index, stack) in layers.enumerated() {
            if index > 0 { out += "," }
            out += "{\"contract\":"
            string(stack.contractID)
            out += ",\"name\":"
            string(stack.contractName)
            out += ",\"container\":"
            if let container = stack.container { string(container.rawValue) } else { out += "null" }
            out += ",\"levels\":["
            for (number, level) in stack.levels.enumerated() {
                out += number > 0 ? ",{\"members\":[" : "{\"members\":["
                for (position, member) in level.members.enumerated() {
                    if position > 0 { out += "," }
                    string(member.rawValue)
                }
                out += "],\"independent\":\(level.isIndependent)}"
            }
            out += "]}"
        }
        out += "],\"summary\":{\"files\":\(report.summary.files),\"modules\":\(report.summary.modules),"
        out += "\"imports\":\(report.summary.imports),\"kept\":\(report.keptCount),\"broken\":\(report.brokenCount)}}"
        swap(&body, &out)
        out = "{\"title\":"
        string(title)
        out += ",\"files\":["
        for (index, path) in files.enumerated() {
            if index > 0 { out += "," }
            string(path)
        }
        out += "],"
        return out + body
    }

    private mutating func contract(_ result: ContractResult, graph: ImportGraph) {
        out += "{\"id\":"
        string(result.metadata.id)
        out += ",\"name\":"
        string(result.metadata.name)
        out += ",\"type\":"
        string(result.metadata.type)
        out += ",\"status\":\"\(result.status.rawValue)\""
        if let guidance = result.metadata.brokenContractGuidance {
            out += ",\"guidance\":"
            string(guidance)
        }
        out += ",\"ignored\":\(result.ignoredImports),\"warnings\":["
        for (index, warning) in result.warnings.enumerated() {
            if index > 0 { out += "," }
            string(warning)
        }
        out += "],\"violations\":["
        for (index, violation) in result.violations.enumerated() {
            if index > 0 { out += "," }
            out += "{\"importer\":"
            string(violation.importer.rawValue)
            out += ",\"imported\":"
            string(violation.imported.rawValue)
            out += ",\"kind\":\"\(violation.kind.rawValue)\""
            if let note = violation.note {
                out += ",\"note\":"
                string(note)
            }
            out += ",\"chains\":["
            for (number, chain) in violation.chains.enumerated() {
                out += number > 0 ? ",[" : "["
                for (position, link) in chain.enumerated() {
                    if position > 0 { out += "," }
                    let from = graph.nearestModule(to: link.importer).flatMap(graph.id(of:)).map(String.init) ?? "-1"
                    let to = graph.nearestModule(to: link.imported).flatMap(graph.id(of:)).map(String.init) ?? "-1"
                    out += "[\(from),\(to),["
                    for (spot, location) in link.locations.enumerated() {
                        out += spot > 0 ? ",\(file(location.path)),\(location.line)" : "\(file(location.path)),\(location.line)"
                    }
                    out += "],"
                    string(link.importer.rawValue)
                    out += ","
                    string(link.imported.rawValue)
                    out += "]"
                }
                out += "]"
            }
            out += "]}"
        }
        out += "]}"
    }

    /// The number of a path in `files`.
    private mutating func file(_ path: String) -> Int {
        if let number = fileNumbers[path] { return number }
        fileNumbers[path] = files.count
        files.append(path)
        return files.count - 1
    }

    /// A JSON string that may stand inside `<script>`.
    private mutating func string(_ text: String) {
        JSONWriter.appendString(text, to: &out, insideHTML: true)
    }
}
