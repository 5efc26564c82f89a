extension TOMLParser {
    /// An integer or float: decimal, `0x`/`0o`/`0b`, underscores between digits, `inf`, `nan`.
    mutating func parseNumber() throws(TOMLSyntaxError) -> TOMLValue {
        let position = cursor.position
        let start = cursor.offset
        while TOMLParser.isNumberByte(cursor.current) { cursor.advance() }
        let token = cursor.bytes[start..<cursor.offset]
        guard let kind = TOMLParser.number(token) else {
            let text = String(decoding: token, as: UTF8.self)
            throw TOMLSyntaxError(token.isEmpty ? "expected a value" : "invalid number '\(text)'", at: position)
        }
        return TOMLValue(kind, at: position)
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        isBareKeyByte(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
    }

    /// The value of a whole number token, or nil when the token is not a TOML number.
    static func number(_ token: ArraySlice<UInt8>) -> TOMLValue.Kind? {
        var rest = token
        var negative = false
        let hasSign = rest.first == UInt8(ascii: "+") || rest.first == UInt8(ascii: "-")
        if hasSign {
            negative = rest.first == UInt8(ascii: "-")
            rest = rest.dropFirst()
        }
        if rest.elementsEqual("inf".utf8) { return .float(negative ? -.infinity : .infinity) }
        if rest.elementsEqual("nan".utf8) { return .float(negative ? -.nan : .nan) }
        if rest.count > 2 && rest.first == UInt8(ascii: "0") {
            let radix: Int64? = switch rest[rest.startIndex + 1] {
            case UInt8(ascii: "x"): 16
            case UInt8(ascii: "o"): 8
            case UInt8(ascii: "b"): 2
            default: nil
            }
            if let radix {
                // Prefixed integers take no sign.
                guard !hasSign else { return nil }
                return radixInteger(rest.dropFirst(2), radix: radix).map { .integer($0) }
            }
        }
        return decimal(rest, negative: negative)
    }

    private static func radixInteger(_ digits: ArraySlice<UInt8>, radix: Int64) -> Int64? {
        guard splitsDigits(digits, radix: radix) else { return nil }
        var value: Int64 = 0
        for byte in digits where byte != UInt8(ascii: "_") {
            let (shifted, overflow) = value.multipliedReportingOverflow(by: radix)
            let (sum, overflow2) = shifted.addingReportingOverflow(Int64(hexValue(byte)!))
            if overflow || overflow2 { return nil }
            value = sum
        }
        return value
    }

    /// Decimal integers and floats; the integer part takes no leading zeros, the exponent may.
    private static func decimal(_ body: ArraySlice<UInt8>, negative: Bool) -> TOMLValue.Kind? {
        var integerEnd = body.startIndex
        while integerEnd < body.endIndex, body[integerEnd] != UInt8(ascii: "."),
              body[integerEnd] | 0x20 != UInt8(ascii: "e") {
            integerEnd += 1
        }
        let integerPart = body[body.startIndex..<integerEnd]
        guard splitsDigits(integerPart, radix: 10) else { return nil }
        if integerPart.count > 1 && integerPart.first == UInt8(ascii: "0") { return nil }
        if integerEnd == body.endIndex { return integer(integerPart, negative: negative).map { .integer($0) } }
        var index = integerEnd
        if body[index] == UInt8(ascii: ".") {
            index += 1
            var fractionEnd = index
            while fractionEnd < body.endIndex, body[fractionEnd] | 0x20 != UInt8(ascii: "e") { fractionEnd += 1 }
            guard splitsDigits(body[index..<fractionEnd], radix: 10) else { return nil }
            index = fractionEnd
        }
        if index < body.endIndex {
            index += 1  // the `e`
            if index < body.endIndex, body[index] == UInt8(ascii: "+") || body[index] == UInt8(ascii: "-") { index += 1 }
            guard splitsDigits(body[index...], radix: 10) else { return nil }
        }
        var cleaned = negative ? "-" : ""
        cleaned.unicodeScalars.append(contentsOf: body.lazy.filter { $0 != UInt8(ascii: "_") }.map { Unicode.Scalar($0) })
        return Double(cleaned).map { .float($0) }
    }

    private static func integer(_ digits: ArraySlice<UInt8>, negative: Bool) -> Int64? {
        var value: Int64 = 0
        for byte in digits where byte != UInt8(ascii: "_") {
            // Accumulating towards the sign lets -9223372036854775808 through without overflow.
            let digit = Int64(byte - UInt8(ascii: "0"))
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            if overflow || overflow2 { return nil }
            value = sum
        }
        return value
    }

    /// Whether `digits` is one or more digits of `radix` with single underscores between digits.
    private static func splitsDigits(_ digits: ArraySlice<UInt8>, radix: Int64) -> Bool {
        guard !digits.isEmpty, digits.first != UInt8(ascii: "_"), digits.last != UInt8(ascii: "_") else { return false }
        var previousUnderscore = false
        for byte in digits {
            if byte == UInt8(ascii: "_") {
                if previousUnderscore { return false }
                previousUnderscore = true
                continue
            }
            previousUnderscore = false
            guard let value = hexValue(byte), Int64(value) < radix else { return false }
        }
        return true
    }
}
