/// Python's `str.isidentifier()` and grimp's rule for which files are modules.
enum PythonIdentifier {
    /// True when `name` is a Python identifier (keywords included, as `str.isidentifier` says):
    /// `_` or a letter (XID_Start) first, then `_`, letters and digits (XID_Continue).
    static func isIdentifier(_ name: String) -> Bool {
        let utf8 = name.utf8
        if let first = utf8.first, utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII, by far the common case: [A-Za-z_][A-Za-z0-9_]*.
            func isLetter(_ byte: UInt8) -> Bool {
                (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
            }
            return isLetter(first) && utf8.allSatisfy { isLetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) }
        }
        var scalars = name.unicodeScalars.makeIterator()
        guard let first = scalars.next(), first == "_" || first.properties.isXIDStart else { return false }
        while let scalar = scalars.next() {
            guard scalar.properties.isXIDContinue else { return false }
        }
        return true
    }

    /// grimp's module file rule: not hidden, ends in `.py`, and no other dot (`a.b.py` is skipped).
    static func isModuleFileName(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard utf8.count > 3, utf8.first != UInt8(ascii: "."), utf8.last == UInt8(ascii: "y") else { return false }
        var dots = 0
        for byte in utf8 where byte == UInt8(ascii: ".") { dots += 1 }
        return dots == 1 && utf8.suffix(3).elementsEqual(".py".utf8)
    }
}
