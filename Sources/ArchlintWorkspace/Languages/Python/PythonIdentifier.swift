/// Python's `str.isidentifier()` and grimp's rule for which files are modules.
enum PythonIdentifier {
    /// True when `name` is a Python identifier (keywords included, as `str.isidentifier` says):
    /// `_` or a letter (XID_Start) first, then `_`, letters and digits (XID_Continue).
    static func isIdentifier(_ name: String) -> Bool {
        if let answer = name.utf8.withContiguousStorageIfAvailable({ isASCIIIdentifier($0) }), let answer { return answer }
        return isUnicodeIdentifier(name)
    }

    /// `isIdentifier` of a name given as UTF-8 bytes (valid ones: the walk checks them first).
    static func isIdentifier(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        isASCIIIdentifier(bytes) ?? isUnicodeIdentifier(String(decoding: bytes, as: UTF8.self))
    }

    /// ASCII, by far the common case: [A-Za-z_][A-Za-z0-9_]*; nil when a byte is not ASCII.
    private static func isASCIIIdentifier(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let first = bytes.first else { return false }
        func isLetter(_ byte: UInt8) -> Bool {
            (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
        }
        var valid = isLetter(first)
        for byte in bytes {
            if byte >= 0x80 { return nil }
            valid = valid && (isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")))
        }
        return valid
    }

    private static func isUnicodeIdentifier(_ name: String) -> Bool {
        var scalars = name.unicodeScalars.makeIterator()
        guard let first = scalars.next(), first == "_" || first.properties.isXIDStart else { return false }
        while let scalar = scalars.next() {
            guard scalar.properties.isXIDContinue else { return false }
        }
        return true
    }

    /// grimp's module file rule: not hidden, ends in `.py`, and no other dot (`a.b.py` is skipped).
    static func isModuleFileName(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { isModuleFileName($0) }
    }

    /// `isModuleFileName` of a name given as UTF-8 bytes.
    static func isModuleFileName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard count > 3, bytes[0] != UInt8(ascii: "."), bytes[count - 3] == UInt8(ascii: "."),
            bytes[count - 2] == UInt8(ascii: "p"), bytes[count - 1] == UInt8(ascii: "y")
        else { return false }
        // The dot before `py` must be the only one.
        return !bytes[0..<count - 3].contains(UInt8(ascii: "."))
    }
}
