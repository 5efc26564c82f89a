/// The `#if` clauses enclosing the current position, to flag the imports inside them and to
/// describe their conditions.
struct SwiftConditionStack {
    private struct Block {
        /// Conditions of the clauses already passed in this `#if … #endif` block.
        var earlier: [String] = []
        /// The condition of the clause we are in.
        var current: String
    }

    private var blocks: [Block] = []

    var isEmpty: Bool { blocks.isEmpty }

    mutating func openIf(_ condition: String) { blocks.append(Block(current: condition)) }

    mutating func elseIf(_ condition: String) {
        guard !blocks.isEmpty else { return }
        blocks[blocks.count - 1].earlier.append(blocks[blocks.count - 1].current)
        blocks[blocks.count - 1].current = condition
    }

    mutating func otherwise() {
        guard !blocks.isEmpty else { return }
        var block = blocks[blocks.count - 1]
        block.earlier.append(block.current)
        block.current = block.earlier.map { "!(\($0))" }.joined(separator: " && ")
        blocks[blocks.count - 1] = block
    }

    /// Returns false when no `#if` is open.
    mutating func close() -> Bool { blocks.popLast() != nil }

    /// The enclosing conditions joined by `&&`, or nil outside every `#if`.
    var description: String? {
        guard !blocks.isEmpty else { return nil }
        if blocks.count == 1 { return blocks[0].current }
        return blocks.map { $0.current.contains("||") ? "(\($0.current))" : $0.current }.joined(separator: " && ")
    }
}
