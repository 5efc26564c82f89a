/// Reads TOML 1.0 documents.
package enum TOMLReader {
    /// Parses a whole document (UTF-8 bytes, optional BOM) into its root table.
    package static func parse(_ bytes: [UInt8]) throws(TOMLSyntaxError) -> TOMLTable {
        var parser = TOMLParser(bytes: bytes)
        return try parser.parseDocument()
    }

    /// Parses a document given as a string.
    package static func parse(_ text: String) throws(TOMLSyntaxError) -> TOMLTable {
        try parse(Array(text.utf8))
    }
}
