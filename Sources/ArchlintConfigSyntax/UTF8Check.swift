/// Finds the first byte that breaks UTF-8 well-formedness, so readers can work on bytes afterwards.
/// The same rule as ArchlintGraph's `UTF8Sequence`, kept here because this target depends on
/// nothing: scripts/toml-test.sh, compare-ini.sh and the JSON/TOML/INI fuzzers compile it alone.
enum UTF8Check {
    /// The offset of the first byte of an ill-formed sequence (overlong forms, surrogates and
    /// values above U+10FFFF are ill-formed), or nil when every byte is well-formed.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return index
            }
            if index + length > count { return index }
            // Only the second byte has a narrowed range; the rest are plain continuation bytes.
            let second = bytes[index + 1]
            if second < lower || second > upper { return index }
            var next = index + 2
            while next < index + length {
                if bytes[next] & 0xC0 != 0x80 { return index }
                next += 1
            }
            index += length
        }
        return nil
    }
}
