/// Python's `str.isidentifier()` and grimp's rule for which files are modules.
enum PythonIdentifier {
    /// True when `name` is a Python identifier (keywords included, as `str.isidentifier` says):
    /// `_` or a letter (XID_Start) first, then `_`, letters and digits (XID_Continue).
    static func isIdentifier(_ name: String) -> Bool {
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
        guard utf8.count > 3, utf8.first != UInt8(ascii: "."), name.hasSuffix(".py") else { return false }
        return utf8.lazy.filter { $0 == UInt8(ascii: ".") }.count == 1
    }
}
