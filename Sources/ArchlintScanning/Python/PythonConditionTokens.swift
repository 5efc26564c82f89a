/// The tokens of an `if` condition, kept just long enough to tell whether the condition is a
/// type-checking guard the way grimp sees one: the bare name `TYPE_CHECKING`, or any attribute
/// access ending in `.TYPE_CHECKING` (`typing.TYPE_CHECKING`, `t.TYPE_CHECKING`), possibly in
/// parentheses. `not TYPE_CHECKING`, `TYPE_CHECKING and x`, `(TYPE_CHECKING,)` are not guards.
struct PythonConditionTokens {
    private enum Item: Equatable {
        case name(isTypeChecking: Bool)
        /// A string or number literal.
        case atom
        /// `not`, `lambda`, `await`, `yield`: the condition is not a plain primary.
        case keyword
        case open(UInt8)
        case close
        case dot
        case comma
        case other
    }

    /// Conditions longer than this are never plain guards; stop recording them.
    private static let capacity = 48
    private var items: [Item] = []
    private var overflowed = false
    /// Only a condition naming `TYPE_CHECKING` can be a guard; most are rejected on this alone.
    private var namesTypeChecking = false

    /// Forgets the recorded condition, keeping the storage for the next one.
    mutating func reset() {
        items.removeAll(keepingCapacity: true)
        overflowed = false
        namesTypeChecking = false
    }

    mutating func append(_ token: PythonToken, _ bytes: UnsafeBufferPointer<UInt8>) {
        guard items.count < Self.capacity else {
            overflowed = true
            return
        }
        switch token.kind {
        case .name:
            if PythonTokenizer.token(token, is: "TYPE_CHECKING", in: bytes) {
                namesTypeChecking = true
                items.append(.name(isTypeChecking: true))
            } else if PythonTokenizer.token(token, is: "not", in: bytes) || PythonTokenizer.token(token, is: "lambda", in: bytes)
                || PythonTokenizer.token(token, is: "await", in: bytes) || PythonTokenizer.token(token, is: "yield", in: bytes)
            {
                items.append(.keyword)
            } else {
                items.append(.name(isTypeChecking: false))
            }
        case .string, .number:
            items.append(.atom)
        case .punctuation:
            switch token.byte {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): items.append(.open(token.byte))
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): items.append(.close)
            case UInt8(ascii: "."): items.append(.dot)
            case UInt8(ascii: ","): items.append(.comma)
            default: items.append(.other)
            }
        case .newline, .end:
            items.append(.other)
        }
    }

    /// True when the recorded condition is `TYPE_CHECKING` or `<primary>.TYPE_CHECKING`.
    func isTypeCheckingGuard() -> Bool {
        namesTypeChecking && !overflowed && isGuard(items.startIndex, items.endIndex)
    }

    private func isGuard(_ low: Int, _ high: Int) -> Bool {
        guard low < high else { return false }
        if high - low == 1 { return items[low] == .name(isTypeChecking: true) }
        if items[low] == .open(UInt8(ascii: "(")), closing(low) == high - 1 {
            // `(X)` is X, but `(X,)` is a tuple.
            var depth = 0
            for index in (low + 1)..<(high - 1) {
                switch items[index] {
                case .open: depth += 1
                case .close: depth -= 1
                case .comma where depth == 0: return false
                default: break
                }
            }
            return isGuard(low + 1, high - 1)
        }
        // A primary: an atom followed by `.name`, `(…)` and `[…]` trailers, the last one `.TYPE_CHECKING`.
        var index = low
        switch items[index] {
        case .name, .atom:
            index += 1
        case .open:
            guard let end = closing(index) else { return false }
            index = end + 1
        default:
            return false
        }
        var endsWithGuard = false
        while index < high {
            switch items[index] {
            case .dot:
                guard index + 1 < high, case .name(let isTypeChecking) = items[index + 1] else { return false }
                endsWithGuard = isTypeChecking
                index += 2
            case .open(let byte) where byte != UInt8(ascii: "{"):
                guard let end = closing(index), end < high else { return false }
                endsWithGuard = false
                index = end + 1
            default:
                return false
            }
        }
        return endsWithGuard
    }

    /// Index of the bracket closing the one opened at `index`.
    private func closing(_ index: Int) -> Int? {
        var depth = 0
        for position in index..<items.count {
            switch items[position] {
            case .open: depth += 1
            case .close:
                depth -= 1
                if depth == 0 { return position }
            default: break
            }
        }
        return nil
    }
}
