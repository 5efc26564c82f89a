/// configparser's BasicInterpolation: `%(name)s` is the value of `name` in the same section or
/// DEFAULT (itself interpolated, at most 10 levels deep), `%%` is `%`, any other `%` is an error.
struct INIInterpolation {
    /// configparser's MAX_INTERPOLATION_DEPTH.
    static let maximumDepth = 10

    let section: INISection
    let defaults: INISection

    func value(of option: INIOption) throws(INISyntaxError) -> String {
        guard option.rawValue.utf8.contains(UInt8(ascii: "%")) else { return option.rawValue }
        var output: [UInt8] = []
        try expand(Array(option.rawValue.utf8), of: option, anchor: nil, depth: 1, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Expands `text`; errors point into `option`'s own value at depth 1, and at the reference
    /// (`anchor`) that led into a nested value deeper down.
    private func expand(_ text: [UInt8], of option: INIOption, anchor: TextPosition?, depth: Int, into output: inout [UInt8]) throws(INISyntaxError) {
        let place = { (offset: Int) in anchor ?? option.position(ofOffset: offset) }
        if depth > INIInterpolation.maximumDepth {
            throw INISyntaxError("interpolation of '\(option.key)' in section '\(section.name)' nests deeper than \(INIInterpolation.maximumDepth) levels", at: place(0))
        }
        var index = 0
        while index < text.count {
            let byte = text[index]
            guard byte == UInt8(ascii: "%") else {
                output.append(byte)
                index += 1
                continue
            }
            let next = index + 1 < text.count ? text[index + 1] : 0
            if next == UInt8(ascii: "%") {
                output.append(byte)
                index += 2
                continue
            }
            guard next == UInt8(ascii: "(") else {
                throw INISyntaxError("'%' must be followed by '%' or '(' in the value of '\(option.key)'", at: place(index))
            }
            // `%\(([^)]+)\)s`: a name of at least one byte up to the first `)`, then `s`.
            var close = index + 2
            while close < text.count, text[close] != UInt8(ascii: ")") { close += 1 }
            guard close > index + 2, close + 1 < text.count, text[close + 1] == UInt8(ascii: "s") else {
                throw INISyntaxError("bad interpolation reference in the value of '\(option.key)'; write %(name)s", at: place(index))
            }
            let name = String(decoding: text[(index + 2)..<close], as: UTF8.self).lowercased()
            guard let referenced = section.option(name) ?? defaults.option(name) else {
                throw INISyntaxError("'\(option.key)' in section '\(section.name)' refers to '\(name)', which is not defined there or in DEFAULT", at: place(index))
            }
            let value = Array(referenced.rawValue.utf8)
            if value.contains(UInt8(ascii: "%")) {
                try expand(value, of: option, anchor: place(index), depth: depth + 1, into: &output)
            } else {
                output.append(contentsOf: value)
            }
            index = close + 2
        }
    }
}
