/// The blocks of `if` statements in a manifest that never run, by the conditions the evaluator
/// knows: constant-false ones (`if false`, `let flag = false; if flag`) and environment tests
/// (variables are unset). A condition it cannot tell keeps every branch.
struct SwiftManifestBranches {
    /// Dead token ranges by their first index.
    private(set) var dead: [Int: Int] = [:]

    init(_ tokens: SwiftManifestTokens, _ evaluator: SwiftManifestEvaluator) {
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let isElseIf = index > 0 && tokens[index - 1].kind == .keyword && tokens[index - 1].keyword == .else
            if token.kind == .keyword, token.keyword == .if, !isElseIf {
                markChain(at: index, tokens, evaluator)
            }
            index += 1
        }
    }

    /// The end of a dead range that starts at `index`, if one does.
    func deadEnd(at index: Int) -> Int? { dead[index] }

    /// `if A { } else if B { } else { }`: marks the blocks that cannot run.
    private mutating func markChain(at start: Int, _ tokens: SwiftManifestTokens, _ evaluator: SwiftManifestEvaluator) {
        var ifIndex = start
        var earlierRan = false  // a block before this one surely runs
        while true {
            guard let open = Self.blockStart(after: ifIndex, tokens), let close = tokens.matchingClose(open) else { return }
            let truth = earlierRan ? false : evaluator.condition((ifIndex + 1)..<open, [:])
            if truth == false { dead[open] = close + 1 }
            if truth == true { earlierRan = true }
            guard close + 2 < tokens.count, tokens[close + 1].kind == .keyword, tokens[close + 1].keyword == .else else { return }
            let next = tokens[close + 2]
            if next.kind == .keyword && next.keyword == .if {
                ifIndex = close + 2
            } else if next.kind == .leftBrace, let elseClose = tokens.matchingClose(close + 2) {
                if earlierRan { dead[close + 2] = elseClose + 1 }
                return
            } else {
                return
            }
        }
    }

    /// The `{` that opens an `if` statement's block: the first one outside brackets.
    private static func blockStart(after index: Int, _ tokens: SwiftManifestTokens) -> Int? {
        var scan = index + 1
        while scan < tokens.count, tokens[scan].kind != .endOfFile {
            let kind = tokens[scan].kind
            if kind == .leftBrace { return scan }
            if kind == .leftParen || kind == .leftSquare {
                guard let close = tokens.matchingClose(scan) else { return nil }
                scan = close + 1
                continue
            }
            scan += 1
        }
        return nil
    }
}
