extension ImportGraph {
    /// Builds the graph. Imported names missing from `modules` become external modules of the
    /// importer's language; a statement whose importer is unknown is dropped.
    public init(modules: consuming [Module], imports: consuming [ImportStatement]) {
        var statements = consume imports
        // Index modules in input order (the first of a name wins), adding externals as met.
        // Moved, not copied (a copy retains every name and path): only a repeated name, rare,
        // makes a filtered copy.
        var unsorted = consume modules
        var indexByName = ModuleIndex(minimumCapacity: unsorted.count + unsorted.count / 8)
        var repeated = false
        for index in unsorted.indices where !indexByName.insert(unsorted[index].name, id: ModuleID(index)) {
            repeated = true
        }
        if repeated {
            var seen = Set<ModuleName>()
            unsorted = unsorted.filter { seen.insert($0.name).inserted }
            indexByName = ModuleIndex(minimumCapacity: unsorted.count + unsorted.count / 8)
            for index in unsorted.indices { indexByName.insert(unsorted[index].name, id: ModuleID(index)) }
        }
        var endpoints: [(from: ModuleID, to: ModuleID)] = []
        endpoints.reserveCapacity(statements.count)
        // Fields are read in place (no statement is copied: that would retain all its strings).
        statements.withUnsafeBufferPointer { buffer in
            // A file's statements come together and share their importer: look it up once.
            var lastImporter: ModuleName?
            var lastImporterID: ModuleID = -1
            for index in buffer.indices {
                let to: ModuleID
                if let known = indexByName[buffer[index].imported] {
                    to = known
                } else {
                    let language = indexByName[buffer[index].importer].map { unsorted[Int($0)].language } ?? .python
                    to = ModuleID(unsorted.count)
                    indexByName.insert(buffer[index].imported, id: to)
                    unsorted.append(Module(name: buffer[index].imported, language: language, kind: .external))
                }
                if buffer[index].importer != lastImporter {
                    lastImporter = buffer[index].importer
                    lastImporterID = indexByName[buffer[index].importer] ?? -1
                }
                endpoints.append((lastImporterID, to))
            }
        }
        // Number the modules in name order.
        let nameOrder = NameSorter.sortedIndices(unsorted)
        var rank = [ModuleID](repeating: 0, count: nameOrder.count)
        for (position, index) in nameOrder.enumerated() { rank[Int(index)] = ModuleID(position) }
        var sorted = consume unsorted
        Self.permute(&sorted, into: nameOrder)
        indexByName.renumber { rank[Int($0)] }
        let ids = indexByName

        // Sort statement indices by edge; statements of one edge (usually one or two) by location.
        var keyed = Self.sortedByEdge(endpoints, rank: rank)
        var edges: [Edge] = []
        edges.reserveCapacity(keyed.count)
        var start = 0
        while start < keyed.count {
            var end = start + 1
            while end < keyed.count, keyed[end].key == keyed[start].key { end += 1 }
            let edge = Edge(importer: ModuleID(truncatingIfNeeded: keyed[start].key >> 32),
                            imported: ModuleID(truncatingIfNeeded: keyed[start].key & 0xFFFF_FFFF))
            if end - start > 1 {
                // Compared in place: statements copied out of the array would be retained. A
                // file's statements of one edge usually come in line order already.
                statements.withUnsafeBufferPointer { buffer in
                    keyed.withUnsafeMutableBufferPointer { keyed in
                        let isSorted = (start + 1..<end).allSatisfy {
                            !Self.statementOrder(buffer[Int(keyed[$0].index)], buffer[Int(keyed[$0 - 1].index)])
                        }
                        if !isSorted {
                            var group = UnsafeMutableBufferPointer(rebasing: keyed[start..<end])
                            group.sort { Self.statementOrder(buffer[Int($0.index)], buffer[Int($1.index)]) }
                        }
                    }
                }
            }
            edges.append(contentsOf: repeatElement(edge, count: end - start))
            start = end
        }
        // Move the statements into that order in place: copying them would retain every string
        // they hold, which cost more than the rest of building the graph.
        var order = keyed.map(\.index)
        let dropped = statements.count - order.count
        if dropped > 0 {
            var kept = [Bool](repeating: false, count: statements.count)
            for index in order { kept[Int(index)] = true }
            order += kept.indices.filter { !kept[$0] }.map { Int32($0) }
        }
        Self.permute(&statements, into: order)
        statements.removeLast(dropped)
        self.init(sortedModules: sorted, ids: ids, orderedStatements: StatementStore(statements), statementEdges: edges)
    }

    /// `(edge key, statement index)` for each statement with a known importer, sorted by edge
    /// (importer id, then imported id, both after renumbering by `rank`), then by index.
    /// `packing: false` takes the general path, which graphs too large to pack take (tests).
    static func sortedByEdge(
        _ endpoints: [(from: ModuleID, to: ModuleID)], rank: [ModuleID], packing: Bool = true
    ) -> [(key: UInt64, index: Int32)] {
        let moduleBits = UInt64.bitWidth - UInt64(rank.count).leadingZeroBitCount
        let indexBits = UInt64.bitWidth - UInt64(endpoints.count).leadingZeroBitCount
        guard packing && 2 * moduleBits + indexBits <= 64 else {
            var keyed: [(key: UInt64, index: Int32)] = []
            keyed.reserveCapacity(endpoints.count)
            for (index, endpoint) in endpoints.enumerated() where endpoint.from >= 0 {
                let from = rank[Int(endpoint.from)], to = rank[Int(endpoint.to)]
                keyed.append((UInt64(UInt32(from)) << 32 | UInt64(UInt32(to)), Int32(index)))
            }
            keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
            return keyed
        }
        // Usually importer, imported and index fit in one word: sorting plain integers is several
        // times faster than sorting pairs through a closure.
        var packed: [UInt64] = []
        packed.reserveCapacity(endpoints.count)
        for (index, endpoint) in endpoints.enumerated() where endpoint.from >= 0 {
            let from = UInt64(rank[Int(endpoint.from)]), to = UInt64(rank[Int(endpoint.to)])
            packed.append(from << (moduleBits + indexBits) | to << indexBits | UInt64(index))
        }
        RadixSort.sort(&packed, significantBits: 2 * Int(moduleBits) + Int(indexBits))
        let indexMask: UInt64 = (1 << indexBits) - 1, moduleMask: UInt64 = (1 << moduleBits) - 1
        return packed.map { word in
            let from = word >> (moduleBits + indexBits), to = (word >> indexBits) & moduleMask
            return (from << 32 | to, Int32(truncatingIfNeeded: word & indexMask))
        }
    }

    /// Rearranges `elements` so that position `i` holds the element that was at `order[i]`,
    /// by swapping along the permutation's cycles (no element is copied).
    fileprivate static func permute<Element>(_ elements: inout [Element], into order: [Int32]) {
        var placed = [Bool](repeating: false, count: order.count)
        elements.withUnsafeMutableBufferPointer { buffer in
            for first in order.indices where !placed[first] {
                var current = first
                while true {
                    placed[current] = true
                    let source = Int(order[current])
                    if source == first { break }
                    buffer.swapAt(current, source)
                    current = source
                }
            }
        }
    }

    /// Statements of one edge: by location, then by the full name imported.
    static func statementOrder(_ lhs: ImportStatement, _ rhs: ImportStatement) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        return lhs.importedFullName < rhs.importedFullName
    }
}
