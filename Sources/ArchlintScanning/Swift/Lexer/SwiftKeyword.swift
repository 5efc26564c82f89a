/// Words the Swift scanners recognise: Swift's reserved keywords (which SwiftSyntax's lexer turns
/// into keyword tokens) and the contextual words that can start or modify a declaration.
public enum SwiftKeyword: UInt8, Sendable {
    case none
    // Reserved: the lexer makes these keyword tokens.
    case `Any`, `as`, `associatedtype`, `break`, `case`, `catch`, `class`, `continue`, `default`, `defer`
    case `deinit`, `do`, `else`, `enum`, `extension`, `fallthrough`, `false`, `fileprivate`, `for`, `func`
    case `guard`, `if`, `import`, `in`, `init`, `inout`, `internal`, `is`, `let`, `nil`, `operator`
    case `precedencegroup`, `private`, `protocol`, `public`, `repeat`, `rethrows`, `return`, `self`, `Self`
    case `static`, `struct`, `subscript`, `super`, `switch`, `throw`, `throws`, `true`, `try`, `typealias`
    case `var`, `where`, `while`
    // Contextual: identifiers that act as keywords in some positions.
    case `package`, `open`, `actor`, `macro`
    case `async`, `borrowing`, `consuming`, `convenience`, `distributed`, `dynamic`, `final`, `indirect`
    case `infix`, `isolated`, `lazy`, `mutating`, `nonisolated`, `nonmutating`, `optional`, `override`
    case `postfix`, `prefix`, `reasync`, `required`, `sending`, `unowned`, `weak`
    case doubleUnderscoreConsuming, doubleUnderscoreSetterAccess, underscoreConst, underscoreLocal

    /// Reserved words, lexed as keyword tokens; the others stay identifiers.
    public var isReserved: Bool { rawValue >= SwiftKeyword.Any.rawValue && rawValue <= SwiftKeyword.while.rawValue }

    /// Words SwiftSyntax accepts as declaration modifiers (`public`, `final`, `nonisolated`…).
    public var isDeclarationModifier: Bool {
        switch self {
        case .class, .fileprivate, .internal, .private, .public, .rethrows, .static,
             .package, .open, .async, .borrowing, .consuming, .convenience, .distributed, .dynamic, .final,
             .indirect, .infix, .isolated, .lazy, .mutating, .nonisolated, .nonmutating, .optional, .override,
             .postfix, .prefix, .reasync, .required, .sending, .unowned, .weak,
             .doubleUnderscoreConsuming, .doubleUnderscoreSetterAccess, .underscoreConst, .underscoreLocal:
            return true
        default:
            return false
        }
    }

    /// Reserved words that begin a declaration (or modify one).
    public var startsDeclaration: Bool {
        switch self {
        case .associatedtype, .class, .deinit, .enum, .extension, .fileprivate, .func, .import, .`init`, .internal,
             .let, .operator, .precedencegroup, .private, .protocol, .public, .static, .struct, .subscript,
             .typealias, .var:
            return true
        default:
            return false
        }
    }

    /// The spelling of the word in source.
    public var text: String {
        switch self {
        case .none: return ""
        case .doubleUnderscoreConsuming: return "__consuming"
        case .doubleUnderscoreSetterAccess: return "__setter_access"
        case .underscoreConst: return "_const"
        case .underscoreLocal: return "_local"
        default: return String(describing: self)
        }
    }

    /// The word spelled by `count` bytes at `start`, or `.none`.
    @inline(__always)
    public static func classify(_ start: UnsafePointer<UInt8>, count: Int) -> SwiftKeyword {
        guard count >= 2 && count <= 16 else { return .none }
        let (low, high) = pack(start, count: count)
        for entry in table[count] where entry.low == low && entry.high == high {
            return entry.keyword
        }
        return .none
    }

    /// Up to 16 bytes packed into two integers, so a comparison is two integer compares.
    @inline(__always)
    private static func pack(_ start: UnsafePointer<UInt8>, count: Int) -> (UInt64, UInt64) {
        var low: UInt64 = 0, high: UInt64 = 0
        for index in 0..<min(count, 8) { low |= UInt64(start[index]) << (8 * UInt64(index)) }
        if count > 8 { for index in 8..<count { high |= UInt64(start[index]) << (8 * UInt64(index - 8)) } }
        return (low, high)
    }

    private struct Entry { let low: UInt64; let high: UInt64; let keyword: SwiftKeyword }

    /// Entries grouped by spelling length.
    private static let table: [[Entry]] = {
        var table = [[Entry]](repeating: [], count: 17)
        for raw in 1...SwiftKeyword.underscoreLocal.rawValue {
            let keyword = SwiftKeyword(rawValue: raw)!
            let bytes = Array(keyword.text.utf8)
            let (low, high) = bytes.withUnsafeBufferPointer { pack($0.baseAddress!, count: bytes.count) }
            table[bytes.count].append(Entry(low: low, high: high, keyword: keyword))
        }
        return table
    }()
}
