/// One `[section]` and its options in file order.
package struct INISection: Hashable, Sendable {
    /// The name between the brackets, as written (configparser neither strips nor lower-cases it).
    package let name: String
    /// Where the header's `[` is; nil for a `DEFAULT` section the file never names.
    package let position: TextPosition?
    /// The options in the order they appear.
    package let options: [INIOption]
    private let index: [String: Int]

    /// Creates a section from options with distinct keys.
    package init(name: String, position: TextPosition?, options: [INIOption]) {
        var index: [String: Int] = [:]
        for (offset, option) in options.enumerated() { index[option.key] = offset }
        self.name = name
        self.position = position
        self.options = options
        self.index = index
    }

    /// The option named `key` (already lower-cased), if the section itself has it.
    package func option(_ key: String) -> INIOption? {
        index[key].map { options[$0] }
    }

    package static func == (lhs: INISection, rhs: INISection) -> Bool {
        lhs.name == rhs.name && lhs.position == rhs.position && lhs.options == rhs.options
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(options)
    }
}
