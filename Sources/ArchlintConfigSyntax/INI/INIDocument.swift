/// A parsed INI file: `[DEFAULT]` and the named sections, values as written.
///
/// Reading a value (`items(in:)`, `item(_:in:)`) applies configparser's BasicInterpolation, so
/// interpolation errors surface when a value is read, as they do in Python.
package struct INIDocument: Hashable, Sendable {
    /// The `[DEFAULT]` section, whose options every section inherits; empty when the file has none.
    package let defaults: INISection
    /// The named sections in file order, without `DEFAULT` (configparser's `sections()`).
    package let sections: [INISection]
    private let index: [String: Int]

    /// Creates a document from its DEFAULT section and named sections with distinct names.
    package init(defaults: INISection, sections: [INISection]) {
        var index: [String: Int] = [:]
        for (offset, section) in sections.enumerated() { index[section.name] = offset }
        self.defaults = defaults
        self.sections = sections
        self.index = index
    }

    /// The section named exactly `name` (names are case-sensitive); `DEFAULT` gives `defaults`.
    package func section(_ name: String) -> INISection? {
        if name == "DEFAULT" { return defaults }
        return index[name].map { sections[$0] }
    }

    /// Every key of a section as `dict(config[name])` gives it: the section's own options in
    /// order, then DEFAULT's that it does not override; nil when there is no such section.
    package func items(in name: String) throws(INISyntaxError) -> [INIItem]? {
        guard let section = section(name) else { return nil }
        var items: [INIItem] = []
        for option in section.options { items.append(try item(of: option, in: section)) }
        if name != "DEFAULT" {
            for option in defaults.options where section.option(option.key) == nil {
                items.append(try item(of: option, in: section))
            }
        }
        return items
    }

    /// One key of a section (or inherited from DEFAULT), interpolated; nil when absent.
    package func item(_ key: String, in name: String) throws(INISyntaxError) -> INIItem? {
        guard let section = section(name) else { return nil }
        let key = key.lowercased()
        guard let option = section.option(key) ?? defaults.option(key) else { return nil }
        return try item(of: option, in: section)
    }

    private func item(of option: INIOption, in section: INISection) throws(INISyntaxError) -> INIItem {
        let interpolation = INIInterpolation(section: section, defaults: defaults)
        return INIItem(key: option.key, value: try interpolation.value(of: option), option: option)
    }

    package static func == (lhs: INIDocument, rhs: INIDocument) -> Bool {
        lhs.defaults == rhs.defaults && lhs.sections == rhs.sections
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(defaults)
        hasher.combine(sections)
    }
}
