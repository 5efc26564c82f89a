/// What a byte means to the statement skipper; one table lookup per byte on the hot path.
/// Classes below `firstSignificant` never end a run of skipped bytes.
enum PythonByteClass {
    static let other: UInt8 = 0
    static let identifier: UInt8 = 1
    static let space: UInt8 = 2
    /// Classes from here on matter even in the middle of a statement.
    static let firstSignificant: UInt8 = 3
    static let lineEnd: UInt8 = 3
    static let comment: UInt8 = 4
    static let quote: UInt8 = 5
    static let open: UInt8 = 6
    static let close: UInt8 = 7
    static let colon: UInt8 = 8
    static let semicolon: UInt8 = 9
    static let backslash: UInt8 = 10

    /// The class of each byte value. Digits count as identifier bytes: the skipper never needs
    /// to tell a number from a name, only where a run of them ends. Written once at first use
    /// and never again, so sharing it across threads is safe.
    nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        table.initialize(repeating: other, count: 256)
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = identifier }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = identifier }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = identifier }
        for byte in 0x80...0xFF { table[byte] = identifier }
        table[Int(UInt8(ascii: "_"))] = identifier
        table[Int(UInt8(ascii: " "))] = space
        table[Int(UInt8(ascii: "\t"))] = space
        table[0x0C] = space
        table[Int(UInt8(ascii: "\n"))] = lineEnd
        table[Int(UInt8(ascii: "\r"))] = lineEnd
        table[Int(UInt8(ascii: "#"))] = comment
        table[Int(UInt8(ascii: "'"))] = quote
        table[Int(UInt8(ascii: "\""))] = quote
        for byte in "([{".utf8 { table[Int(byte)] = open }
        for byte in ")]}".utf8 { table[Int(byte)] = close }
        table[Int(UInt8(ascii: ":"))] = colon
        table[Int(UInt8(ascii: ";"))] = semicolon
        table[Int(UInt8(ascii: "\\"))] = backslash
        return UnsafePointer(table)
    }()
}
