/// The statements of a graph, in graph order: held in memory, or decoded one at a time from
/// where they were saved. A warm run loads a graph of 25,000 statements and shows a handful;
/// building the rest would cost more than the whole check.
public struct StatementStore: Sendable {
    private enum Storage: Sendable {
        case held([ImportStatement])
        case onDemand(count: Int, statement: @Sendable (Int) -> ImportStatement)
    }

    private let storage: Storage

    /// Statements held in memory.
    init(_ statements: [ImportStatement]) {
        storage = .held(statements)
    }

    /// `count` statements, the one at an index built by `statement` each time it is asked for.
    public init(count: Int, statement: @escaping @Sendable (Int) -> ImportStatement) {
        storage = .onDemand(count: count, statement: statement)
    }

    var count: Int {
        switch storage {
        case .held(let statements): statements.count
        case .onDemand(let count, _): count
        }
    }

    subscript(index: Int) -> ImportStatement {
        switch storage {
        case .held(let statements): statements[index]
        case .onDemand(_, let statement): statement(index)
        }
    }

    /// The statements in `range`.
    func slice(_ range: Range<Int>) -> ArraySlice<ImportStatement> {
        switch storage {
        case .held(let statements): statements[range]
        case .onDemand(_, let statement): ArraySlice(range.map(statement))
        }
    }

    /// Every statement (built now when they are decoded on demand).
    var all: [ImportStatement] {
        switch storage {
        case .held(let statements): statements
        case .onDemand(let count, let statement): (0..<count).map(statement)
        }
    }
}
