/// One imported object of a Python file as `PythonScan` keeps it: where its module's and its
/// name's bytes lie in the scan's `nameBytes`, with the statement's line, dots and flags.
///
/// `import a.b, c` gives two records (one per dotted name, no name); `from .x import y, z` gives
/// two records, one per name, that share the module bytes `x` and level 1. Fixed-size and without
/// references, so a file's imports are one array and one byte arena, not a String per name.
public struct PythonImportRecord: Hashable, Sendable {
    /// The statement's form and flags, one bit each.
    public struct Flags: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// Written `from m import n` (else `import m`).
        public static let from = Flags(rawValue: 1 << 0)
        /// Inside the body of `if TYPE_CHECKING:` or `if <something>.TYPE_CHECKING:`.
        public static let typeChecking = Flags(rawValue: 1 << 1)
        /// Written `lazy import …` / `lazy from … import …` (PEP 810).
        public static let lazy = Flags(rawValue: 1 << 2)
        /// The first record of its statement: every plain import, the first name of a `from`.
        /// The names after it repeat its module, level, line and other flags.
        public static let startsStatement = Flags(rawValue: 1 << 3)
        /// Every bit a record may carry.
        public static let all: Flags = [.from, .typeChecking, .lazy, .startsStatement]
    }

    /// Offset in `nameBytes` of the dotted module after the dots (empty for `from . import x`).
    public var moduleStart: UInt32
    public var moduleCount: UInt32
    /// Offset in `nameBytes` of the imported name (`*` for a star import); empty for a plain import.
    public var nameStart: UInt32
    public var nameCount: UInt32
    /// 1-based line where the statement starts (its `import`, `from` or `lazy` keyword).
    public var line: UInt32
    /// Leading dots of a relative `from` import (0 when absolute).
    public var level: UInt32
    public var flags: Flags

    public init(
        moduleStart: UInt32, moduleCount: UInt32, nameStart: UInt32, nameCount: UInt32, line: UInt32, level: UInt32,
        flags: Flags
    ) {
        self.moduleStart = moduleStart
        self.moduleCount = moduleCount
        self.nameStart = nameStart
        self.nameCount = nameCount
        self.line = line
        self.level = level
        self.flags = flags
    }

    /// The module's bytes in `nameBytes`.
    @inline(__always)
    public var module: Range<Int> { Int(moduleStart)..<Int(moduleStart) + Int(moduleCount) }
    /// The name's bytes in `nameBytes`.
    @inline(__always)
    public var name: Range<Int> { Int(nameStart)..<Int(nameStart) + Int(nameCount) }
    @inline(__always)
    public var isFrom: Bool { flags.contains(.from) }
    @inline(__always)
    public var startsStatement: Bool { flags.contains(.startsStatement) }
    @inline(__always)
    public var isTypeChecking: Bool { flags.contains(.typeChecking) }
    @inline(__always)
    public var isLazy: Bool { flags.contains(.lazy) }
}
