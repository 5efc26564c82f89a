/// One key of a section as a program reads it: interpolated, and with the option it comes from.
package struct INIItem: Hashable, Sendable {
    /// The key (lower-cased).
    package let key: String
    /// The value after `%(name)s` interpolation.
    package let value: String
    /// Where it is written: in the section itself, or in `[DEFAULT]`.
    package let option: INIOption

    /// import-linter's reading of a value: a value with a line end becomes its lines (after
    /// stripping the whole value; blank lines between kept as ""), any other value is nil.
    package var lines: [String]? {
        guard value.utf8.contains(0x0A) else { return nil }
        let bytes = Array(value.utf8)
        let range = PythonText.strip(bytes, 0..<bytes.count)
        return bytes[range].split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }
}
