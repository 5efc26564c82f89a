/// Dotted module names (`ansible_collections.community.general.plugins.module_utils`) are most
/// of the tokens of import statements: read token by token, each part and each dot cost a call
/// of `next()`. Written without spaces, the name is read here in one pass instead.
extension PythonTokenizer {
    /// The end of the `.part` runs attached to the name that ends at `end`: each a dot followed
    /// directly by an identifier (not a digit, which starts a number). A part followed by a quote
    /// may be a string prefix (`a.rb"x"`) and is left out, and so is everything after it, for the
    /// tokens to decide. Returns `end` when no part follows.
    @inline(__always)
    func endOfAttachedParts(from end: Int) -> Int {
        guard let base = bytes.baseAddress else { return end }
        let table = PythonByteClass.table
        let count = bytes.count
        var index = end
        while index + 1 < count && base[index] == UInt8(ascii: ".") && Self.isIdentifierStart(base[index + 1]) {
            // Byte by byte: parts are short (`l0`, `utils`), where a block test costs more.
            var partEnd = index + 2
            while partEnd < count && table[Int(base[partEnd])] == PythonByteClass.identifier { partEnd += 1 }
            if partEnd < count && (base[partEnd] == UInt8(ascii: "'") || base[partEnd] == UInt8(ascii: "\"")) { break }
            index = partEnd
        }
        return index
    }
}
