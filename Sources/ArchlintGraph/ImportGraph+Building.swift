extension ImportGraph {
    /// Builds the graph. Imported names missing from `modules` become external modules of the
    /// importer's language; a statement whose importer is unknown is dropped.
    public init(modules: consuming [Module], imports: consuming [ImportStatement]) {
        var statements = consume imports
        // Moved, not copied (a copy retains every name and path).
        var unsorted = consume modules
        // The modules' name order on one core, each statement's endpoints on the other: neither
        // needs the other unless a name repeats or a statement imports an unknown module (both
        // rare: the workspace lists every external), and then the order is taken again.
        let concurrently = statements.count + unsorted.count >= Self.concurrentSize
        var (nameOrder, lookup) = BothCores.run(concurrently: concurrently,
            { NameSorter.sortedIndices(unsorted) },
            { EndpointLookup(statements: statements, modules: unsorted) })
        let repeatedName = lookup.repeatedName
        if repeatedName {
            // Only a repeated name, rare, makes a filtered copy (the first of a name wins).
            var seen = Set<ModuleName>()
            unsorted = unsorted.filter { seen.insert($0.name).inserted }
            lookup = EndpointLookup(statements: statements, modules: unsorted)
        }
        if repeatedName || !lookup.externals.isEmpty {
            unsorted += lookup.externals
            nameOrder = NameSorter.sortedIndices(unsorted)
        }
        var indexByName = lookup.index
        let endpoints = lookup.endpoints
        // Number the modules in name order.
        var rank = [ModuleID](repeating: 0, count: nameOrder.count)
        for (position, index) in nameOrder.enumerated() { rank[Int(index)] = ModuleID(position) }
        let (sorted, byEdge) = BothCores.run(concurrently: concurrently,
            {
                indexByName.renumber { rank[Int($0)] }
                Self.permute(&unsorted, into: nameOrder)
                return Self.taking(&unsorted)
            },
            { Self.sortedByEdge(endpoints, rank: rank) })
        var keyed = consume byEdge
        let ids = indexByName

        // Statements of one edge (usually one or two) by location.
        var edges = [Edge](repeating: Edge(importer: 0, imported: 0), count: keyed.count)
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
            for position in start..<end { edges[position] = edge }
            start = end
        }
        // Statements moved into that order (copying them would retain every string they hold,
        // which cost more than the rest of building the graph) while the other core makes the
        // adjacency, which needs only the edges. Statements of an unknown importer go last, and
        // are dropped.
        var order = keyed.map(\.index)
        let dropped = statements.count - order.count
        if dropped > 0 {
            var kept = [Bool](repeating: false, count: statements.count)
            for index in order { kept[Int(index)] = true }
            order += kept.indices.filter { !kept[$0] }.map { Int32($0) }
        }
        let statementEdges = edges
        let (ordered, rows) = BothCores.run(concurrently: concurrently,
            {
                Self.permute(&statements, into: order)
                statements.removeLast(dropped)
                return Self.taking(&statements)
            },
            { EdgeRows(statementEdges: statementEdges, moduleCount: sorted.count) })
        self.init(sortedModules: sorted, ids: ids, orderedStatements: StatementStore(ordered), statementEdges: statementEdges,
                  rows: rows)
    }

    /// Graphs of fewer statements and modules are built on one core: under about 3 ms of work
    /// (Django's 5,600), waking a worker can cost more than it saves on a busy machine, and the
    /// restricted graphs of a contract are smaller still.
    static let concurrentSize = 16_384

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
        // The indices rise already: only the edge's bits need sorting (two passes fewer).
        RadixSort.sort(&packed, significantBits: 2 * Int(moduleBits) + Int(indexBits), firstBit: Int(indexBits))
        let indexMask: UInt64 = (1 << indexBits) - 1, moduleMask: UInt64 = (1 << moduleBits) - 1
        return packed.map { word in
            let from = word >> (moduleBits + indexBits), to = (word >> indexBits) & moduleMask
            return (from << 32 | to, Int32(truncatingIfNeeded: word & indexMask))
        }
    }

    /// Rearranges `elements` so that position `i` holds the element that was at `order[i]`
    /// (a permutation), following the permutation's cycles: each element is moved once, none is
    /// copied (a copy retains every string it holds), and no placeholder is written or destroyed.
    fileprivate static func permute<Element>(_ elements: inout [Element], into order: [Int32]) {
        var placed = [Bool](repeating: false, count: order.count)
        elements.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for first in order.indices where !placed[first] {
                placed[first] = true
                var current = first
                var source = Int(order[current])
                if source == first { continue }
                let held = (base + first).move()
                while source != first {
                    (base + current).moveInitialize(from: base + source, count: 1)
                    current = source
                    placed[current] = true
                    source = Int(order[current])
                }
                (base + current).initialize(to: held)
            }
        }
    }

    /// The array `elements` held, leaving it empty: its one reference moves to the caller.
    fileprivate static func taking<Element>(_ elements: inout [Element]) -> [Element] {
        var taken: [Element] = []
        swap(&taken, &elements)
        return taken
    }

    /// Statements of one edge: by location, then by the full name imported.
    static func statementOrder(_ lhs: ImportStatement, _ rhs: ImportStatement) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        return lhs.importedFullName < rhs.importedFullName
    }
}
