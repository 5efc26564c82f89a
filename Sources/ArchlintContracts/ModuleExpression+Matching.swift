import ArchlintGraph

extension ModuleExpression {
    /// Ids of every module of the graph the expression matches, ascending.
    ///
    /// Only the descendants of the expression's literal leading segments are tried, and names are
    /// compared byte by byte, so even `**` expressions over large graphs stay cheap.
    public func matchingIDs(in graph: ImportGraph) -> [ImportGraph.ModuleID] {
        guard hasWildcard else { return graph.id(of: ModuleName(text)).map { [$0] } ?? [] }
        let pattern = text.split(separator: ".", omittingEmptySubsequences: false).map { Array($0.utf8) }
        let literal = pattern.prefix { !$0.contains(UInt8(ascii: "*")) }
        let candidates: Range<ImportGraph.ModuleID>
        if literal.isEmpty {
            candidates = 0..<ImportGraph.ModuleID(graph.moduleCount)
        } else {
            let prefix = ModuleName(literal.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "."))
            candidates = graph.descendantIDs(of: prefix)
        }
        var result: [ImportGraph.ModuleID] = []
        for id in candidates {
            var name = graph.name(of: id).rawValue
            let matched = name.withUTF8 { bytes in
                var segments: [Range<Int>] = []
                var start = 0
                for index in 0..<bytes.count where bytes[index] == UInt8(ascii: ".") {
                    segments.append(start..<index)
                    start = index + 1
                }
                segments.append(start..<bytes.count)
                return Self.match(pattern[...], segments[...], bytes)
            }
            if matched { result.append(id) }
        }
        return result
    }

    private static func match(_ pattern: ArraySlice<[UInt8]>, _ segments: ArraySlice<Range<Int>>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = pattern.first else { return segments.isEmpty }
        if first.count == 2 && first[0] == UInt8(ascii: "*") && first[1] == UInt8(ascii: "*") {
            // `**`: one or more segments.
            guard !segments.isEmpty else { return false }
            var rest = segments.dropFirst()
            while true {
                if match(pattern.dropFirst(), rest, bytes) { return true }
                if rest.isEmpty { return false }
                rest = rest.dropFirst()
            }
        }
        guard let segment = segments.first, glob(first[...], bytes[segment]) else { return false }
        return match(pattern.dropFirst(), segments.dropFirst(), bytes)
    }

    /// `*` inside a segment matches any run of its bytes (never an empty segment for a lone `*`).
    private static func glob(_ pattern: ArraySlice<UInt8>, _ text: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        if pattern.count == 1 && pattern.first == UInt8(ascii: "*") { return !text.isEmpty }
        var p = pattern.startIndex, t = text.startIndex
        var starP = -1, starT = -1
        while t < text.endIndex {
            if p < pattern.endIndex && pattern[p] == UInt8(ascii: "*") {
                starP = p; starT = t; p += 1
            } else if p < pattern.endIndex && pattern[p] == text[t] {
                p += 1; t += 1
            } else if starP >= 0 {
                p = starP + 1; starT += 1; t = starT
            } else {
                return false
            }
        }
        while p < pattern.endIndex && pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.endIndex
    }
}
