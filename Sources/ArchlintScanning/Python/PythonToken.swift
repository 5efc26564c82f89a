/// One token of Python source as the import scanner needs it: names and punctuation keep their
/// byte range, whole strings (f-strings included) and numbers are single opaque tokens.
struct PythonToken {
    enum Kind: UInt8 {
        /// An identifier or keyword.
        case name
        /// A numeric literal.
        case number
        /// A whole string literal, prefix and f-string replacement fields included.
        case string
        /// Punctuation; `byte` holds its first byte (`:=` is reported as `=`).
        case punctuation
        /// The end of a logical line.
        case newline
        /// The end of the input.
        case end
    }

    var kind: Kind
    /// First byte of punctuation (0 otherwise).
    var byte: UInt8
    /// Byte range in the source.
    var start: Int
    var end: Int
    /// 1-based line where the token starts.
    var line: Int
    /// True for the first token of a logical line.
    var startsLine: Bool
    /// Indentation column of the logical line (tabs to multiples of 8), valid when `startsLine`.
    var indent: Int

    var length: Int { end - start }
}
