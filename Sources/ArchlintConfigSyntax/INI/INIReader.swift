/// Reads INI files as Python's `configparser.ConfigParser()` does with its default settings.
package enum INIReader {
    /// Parses a whole file (UTF-8 bytes, optional BOM); values are interpolated when read from the document.
    package static func parse(_ bytes: [UInt8]) throws(INISyntaxError) -> INIDocument {
        var parser = INIParser(bytes: bytes)
        return try parser.parse()
    }

    /// Parses a file given as a string.
    package static func parse(_ text: String) throws(INISyntaxError) -> INIDocument {
        try parse(Array(text.utf8))
    }
}
