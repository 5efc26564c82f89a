/// The document's tables while they are being defined, with TOML's rules on who may add to which.
///
/// Tables live in an arena and refer to each other by index, so extending a deep table costs one
/// dictionary lookup per key part instead of copying nested values; the finished tree is built once.
struct TOMLTreeBuilder {
    /// How a table came to exist; it decides what may still define or extend it.
    enum Origin {
        case root
        /// Created as a parent by a `[a.b]` or `[[a.b]]` header; a later `[a]` may still define it.
        case implicit
        /// Defined by a `[header]`; never defined again.
        case header
        /// Created by a dotted key; only further dotted keys may add to it.
        case dotted
        /// One element of an array of tables.
        case arrayElement
        /// An inline table being read; it is frozen into a value once its `}` is read.
        case inline
    }

    enum Child {
        case table(Int)
        case arrayOfTables(Int)
        case value(TOMLValue)
    }

    struct Entry {
        let key: TOMLKeyPart
        let child: Child
    }

    struct Table {
        var origin: Origin
        var position: TextPosition
        let depth: Int
        var entries: [Entry] = []
        var index: [String: Int] = [:]
    }

    struct ArrayOfTables {
        let position: TextPosition
        var elements: [Int]
    }

    /// Deeper nesting is refused, so neither reading nor building the tree can exhaust the stack.
    static let maximumDepth = 512

    private(set) var tables: [Table]
    private var arrays: [ArrayOfTables] = []

    init() {
        tables = [Table(origin: .root, position: TextPosition(line: 1, column: 1), depth: 0)]
    }

    static let root = 0

    /// Starts a scratch table for an inline table; it is not attached to the document.
    mutating func makeInlineTable(at position: TextPosition, depth: Int) -> Int {
        tables.append(Table(origin: .inline, position: position, depth: depth))
        return tables.count - 1
    }

    /// The table a `[path]` header defines.
    mutating func defineTable(_ path: [TOMLKeyPart], at position: TextPosition) throws(TOMLSyntaxError) -> Int {
        let parent = try walkHeaderParents(path)
        let last = path[path.count - 1]
        guard let slot = tables[parent].index[last.name] else {
            return try addTable(named: last, origin: .header, at: position, to: parent)
        }
        switch tables[parent].entries[slot].child {
        case .table(let id) where tables[id].origin == .implicit:
            tables[id].origin = .header
            tables[id].position = position
            return id
        case .table(let id) where tables[id].origin == .dotted:
            throw TOMLSyntaxError("table '\(last.name)' was already defined by dotted keys", at: last.position)
        case .table:
            throw TOMLSyntaxError("table '\(last.name)' is defined twice", at: last.position)
        case .arrayOfTables:
            throw TOMLSyntaxError("'\(last.name)' is an array of tables, not a table", at: last.position)
        case .value(let value):
            throw TOMLSyntaxError("'\(last.name)' is already a \(value.typeName) value", at: last.position)
        }
    }

    /// The new element table a `[[path]]` header appends.
    mutating func appendArrayElement(_ path: [TOMLKeyPart], at position: TextPosition) throws(TOMLSyntaxError) -> Int {
        let parent = try walkHeaderParents(path)
        let last = path[path.count - 1]
        let depth = tables[parent].depth + 1
        try checkDepth(depth, at: last.position)
        guard let slot = tables[parent].index[last.name] else {
            tables.append(Table(origin: .arrayElement, position: position, depth: depth))
            arrays.append(ArrayOfTables(position: position, elements: [tables.count - 1]))
            attach(.arrayOfTables(arrays.count - 1), named: last, to: parent)
            return tables.count - 1
        }
        guard case .arrayOfTables(let array) = tables[parent].entries[slot].child else {
            let what = describe(tables[parent].entries[slot].child)
            throw TOMLSyntaxError("'\(last.name)' is already \(what), not an array of tables", at: last.position)
        }
        tables.append(Table(origin: .arrayElement, position: position, depth: depth))
        arrays[array].elements.append(tables.count - 1)
        return tables.count - 1
    }

    /// Adds `key = value` (a possibly dotted key) to `table`.
    mutating func insert(_ value: TOMLValue, at key: [TOMLKeyPart], into table: Int) throws(TOMLSyntaxError) {
        var current = table
        for part in key.dropLast() {
            if let slot = tables[current].index[part.name] {
                // Dotted keys may only add to tables that dotted keys made in this same table.
                guard case .table(let id) = tables[current].entries[slot].child, tables[id].origin == .dotted else {
                    let what = describe(tables[current].entries[slot].child)
                    throw TOMLSyntaxError("cannot add to '\(part.name)' with a dotted key: it is \(what)", at: part.position)
                }
                current = id
            } else {
                current = try addTable(named: part, origin: .dotted, at: part.position, to: current)
            }
        }
        let last = key[key.count - 1]
        if tables[current].index[last.name] != nil {
            throw TOMLSyntaxError("key '\(last.name)' is defined twice", at: last.position)
        }
        attach(.value(value), named: last, to: current)
    }

    /// Builds the immutable tree of `table` and everything under it.
    func value(of table: Int) -> TOMLValue {
        let node = tables[table]
        var members: [TOMLTable.Member] = []
        members.reserveCapacity(node.entries.count)
        for entry in node.entries {
            let child: TOMLValue
            switch entry.child {
            case .value(let value): child = value
            case .table(let id): child = value(of: id)
            case .arrayOfTables(let id):
                let array = arrays[id]
                child = TOMLValue(.array(array.elements.map { value(of: $0) }), at: array.position)
            }
            members.append(TOMLTable.Member(key: entry.key.name, keyPosition: entry.key.position, value: child))
        }
        return TOMLValue(.table(TOMLTable(members: members, index: node.index)), at: node.position)
    }

    /// Walks (and creates) the parents of a header's last key part.
    private mutating func walkHeaderParents(_ path: [TOMLKeyPart]) throws(TOMLSyntaxError) -> Int {
        var current = TOMLTreeBuilder.root
        for part in path.dropLast() {
            guard let slot = tables[current].index[part.name] else {
                current = try addTable(named: part, origin: .implicit, at: part.position, to: current)
                continue
            }
            switch tables[current].entries[slot].child {
            case .table(let id):
                current = id
            case .arrayOfTables(let array):
                // A header under an array of tables extends its latest element.
                current = arrays[array].elements[arrays[array].elements.count - 1]
            case .value(let value):
                throw TOMLSyntaxError("'\(part.name)' is already a \(value.typeName) value", at: part.position)
            }
        }
        return current
    }

    private mutating func addTable(named part: TOMLKeyPart, origin: Origin, at position: TextPosition, to parent: Int) throws(TOMLSyntaxError) -> Int {
        let depth = tables[parent].depth + 1
        try checkDepth(depth, at: part.position)
        tables.append(Table(origin: origin, position: position, depth: depth))
        attach(.table(tables.count - 1), named: part, to: parent)
        return tables.count - 1
    }

    private mutating func attach(_ child: Child, named part: TOMLKeyPart, to table: Int) {
        tables[table].index[part.name] = tables[table].entries.count
        tables[table].entries.append(Entry(key: part, child: child))
    }

    private func checkDepth(_ depth: Int, at position: TextPosition) throws(TOMLSyntaxError) {
        if depth > TOMLTreeBuilder.maximumDepth {
            throw TOMLSyntaxError("tables nest deeper than \(TOMLTreeBuilder.maximumDepth) levels", at: position)
        }
    }

    private func describe(_ child: Child) -> String {
        switch child {
        case .value(let value): "a \(value.typeName) value"
        case .arrayOfTables: "an array of tables"
        case .table(let id):
            switch tables[id].origin {
            case .header, .arrayElement, .root: "a table defined by a header"
            case .implicit: "a table created by a header"
            case .dotted, .inline: "a table"
            }
        }
    }
}
