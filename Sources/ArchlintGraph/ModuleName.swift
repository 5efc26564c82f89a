/// A dotted module name: `shop.domain.order` (Python) or `NIOCore` (Swift, one segment).
public struct ModuleName: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The name as written, segments joined by `.`.
    public let rawValue: String
    /// FNV-1a of the name's UTF-8 bytes, computed once: a name is looked up in several
    /// dictionaries while the graph is built, and hashing the string each time dominated that
    /// work. The same function as `ModuleNameTable`'s, so a resolver that hashed the bytes while
    /// looking them up makes the name without hashing it again (`init(_:byteHash:)`).
    public let byteHash: UInt64

    /// Wraps a dotted name; no validation is done here.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
        self.byteHash = rawValue.utf8.withContiguousStorageIfAvailable { ModuleNameTable.hash($0) }
            ?? Array(rawValue.utf8).withUnsafeBufferPointer { ModuleNameTable.hash($0) }
    }

    /// Wraps a dotted name whose `ModuleNameTable.hash` the caller has already computed.
    @inlinable
    public init(_ rawValue: String, byteHash: UInt64) {
        self.rawValue = rawValue
        self.byteHash = byteHash
    }

    public init(stringLiteral value: String) { self.init(value) }

    public func hash(into hasher: inout Hasher) { hasher.combine(byteHash) }

    public static func == (lhs: ModuleName, rhs: ModuleName) -> Bool {
        lhs.byteHash == rhs.byteHash && lhs.rawValue == rhs.rawValue
    }

    public var description: String { rawValue }

    /// The dot-separated segments.
    public var segments: [Substring] { rawValue.split(separator: ".", omittingEmptySubsequences: false) }

    /// The enclosing package (`a.b` for `a.b.c`), or nil for a top-level name.
    public var parent: ModuleName? {
        guard let dot = rawValue.utf8.lastIndex(of: UInt8(ascii: ".")) else { return nil }
        return ModuleName(String(rawValue[..<dot]))
    }

    /// The first segment (`a` for `a.b.c`).
    public var root: ModuleName {
        guard let dot = rawValue.utf8.firstIndex(of: UInt8(ascii: ".")) else { return self }
        return ModuleName(String(rawValue[..<dot]))
    }

    /// Number of segments.
    public var depth: Int { rawValue.utf8.reduce(1) { $1 == UInt8(ascii: ".") ? $0 + 1 : $0 } }

    /// True when this name lies strictly inside `ancestor` (`a.b.c` is inside `a.b`, `a.bc` is not).
    public func isDescendant(of ancestor: ModuleName) -> Bool {
        let me = rawValue.utf8, them = ancestor.rawValue.utf8
        guard me.count > them.count, me.starts(with: them) else { return false }
        return me[me.index(me.startIndex, offsetBy: them.count)] == UInt8(ascii: ".")
    }

    /// True when this name is `other` or lies inside it.
    public func isSelfOrDescendant(of other: ModuleName) -> Bool { self == other || isDescendant(of: other) }

    /// The child name `self.segment`.
    public func appending(_ segment: String) -> ModuleName { ModuleName(rawValue + "." + segment) }

    public static func < (lhs: ModuleName, rhs: ModuleName) -> Bool {
        // Byte order, so output sorts identically on every platform and locale.
        ByteOrder.precedes(lhs.rawValue, rhs.rawValue)
    }
}
