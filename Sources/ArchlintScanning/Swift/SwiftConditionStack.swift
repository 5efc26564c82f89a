/// The `#if` clauses enclosing the current position, to flag the imports inside them and to
/// describe their conditions.
///
/// Work stays linear in the input: an `#else` condition is rendered once per block, from the
/// written conditions before it, and never fed back into a later clause. (Folding each `#else`
/// into the next one's negation doubled the text with every further `#else`, a clause no
/// compiler accepts but one a hostile file may hold 40 times.)
struct SwiftConditionStack {
    private struct Block {
        /// Conditions of the clauses already passed in this block, up to its first `#else`.
        var earlier: [String] = []
        /// The condition of the clause we are in.
        var current: String
        /// The condition of the block's first `#else` clause, once met: every clause after it is
        /// unreachable, so they add nothing to it.
        var otherwise: String?
    }

    private var blocks: [Block] = []
    /// `description`, rendered once per clause for all the imports inside it.
    private var rendered: String??

    var isEmpty: Bool { blocks.isEmpty }

    mutating func openIf(_ condition: String) {
        blocks.append(Block(current: condition))
        rendered = nil
    }

    /// Returns false when the clause follows the block's `#else`, which makes it unreachable.
    mutating func elseIf(_ condition: String) -> Bool {
        guard !blocks.isEmpty else { return true }
        rendered = nil
        var block = blocks[blocks.count - 1]
        let reachable = block.otherwise == nil
        if reachable { block.earlier.append(block.current) }
        block.current = condition
        blocks[blocks.count - 1] = block
        return reachable
    }

    /// Returns false when the clause follows the block's `#else`, which makes it unreachable.
    mutating func otherwise() -> Bool {
        guard !blocks.isEmpty else { return true }
        rendered = nil
        var block = blocks[blocks.count - 1]
        if let otherwise = block.otherwise {
            block.current = otherwise
            blocks[blocks.count - 1] = block
            return false
        }
        block.earlier.append(block.current)
        let negation = block.earlier.map { "!(\($0))" }.joined(separator: " && ")
        block.earlier = []
        block.current = negation
        block.otherwise = negation
        blocks[blocks.count - 1] = block
        return true
    }

    /// Returns false when no `#if` is open.
    mutating func close() -> Bool {
        rendered = nil
        return blocks.popLast() != nil
    }

    /// The enclosing conditions joined by `&&`, or nil outside every `#if`.
    mutating func description() -> String? {
        if let rendered { return rendered }
        let text: String?
        if blocks.isEmpty {
            text = nil
        } else if blocks.count == 1 {
            text = blocks[0].current
        } else {
            text = blocks.map { $0.current.contains("||") ? "(\($0.current))" : $0.current }.joined(separator: " && ")
        }
        rendered = .some(text)
        return text
    }
}
