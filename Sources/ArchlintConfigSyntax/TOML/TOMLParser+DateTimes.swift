extension TOMLParser {
    /// A date, time or date-time when the bytes start like one (`dddd-` or `dd:`), else nil
    /// with the cursor unmoved so the number reader takes over.
    mutating func parseDateTime() throws(TOMLSyntaxError) -> TOMLDateTime? {
        let startsDate = digits(at: 0, count: 4) && cursor.peek(4) == UInt8(ascii: "-")
        let startsTime = digits(at: 0, count: 2) && cursor.peek(2) == UInt8(ascii: ":")
        guard startsDate || startsTime else { return nil }
        let position = cursor.position
        var text: [UInt8] = []
        if startsTime {
            try readTime(into: &text, from: position)
            return TOMLDateTime(kind: .localTime, text: String(decoding: text, as: UTF8.self))
        }
        try readDate(into: &text, from: position)
        let separator = cursor.current
        let hasTime = separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t")
            || (separator == UInt8(ascii: " ") && digits(at: 1, count: 1))
        guard hasTime else { return TOMLDateTime(kind: .localDate, text: String(decoding: text, as: UTF8.self)) }
        cursor.advance()
        text.append(UInt8(ascii: "T"))
        try readTime(into: &text, from: position)
        switch cursor.current {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            cursor.advance()
            text.append(UInt8(ascii: "Z"))
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            text.append(cursor.current)
            cursor.advance()
            let hour = try field(2, max: 23, what: "offset hour", from: position)
            try expect(UInt8(ascii: ":"), from: position)
            let minute = try field(2, max: 59, what: "offset minute", from: position)
            append(hour, width: 2, to: &text)
            text.append(UInt8(ascii: ":"))
            append(minute, width: 2, to: &text)
        default:
            return TOMLDateTime(kind: .localDateTime, text: String(decoding: text, as: UTF8.self))
        }
        return TOMLDateTime(kind: .offsetDateTime, text: String(decoding: text, as: UTF8.self))
    }

    /// `YYYY-MM-DD` with the day checked against the month and leap years.
    private mutating func readDate(into text: inout [UInt8], from position: TextPosition) throws(TOMLSyntaxError) {
        let year = try field(4, max: 9999, what: "year", from: position)
        try expect(UInt8(ascii: "-"), from: position)
        let month = try field(2, max: 12, what: "month", from: position)
        try expect(UInt8(ascii: "-"), from: position)
        let dayPosition = cursor.position
        let day = try field(2, max: 31, what: "day", from: position)
        if month == 0 || day == 0 || day > TOMLParser.daysIn(month: month, year: year) {
            throw TOMLSyntaxError("day \(day) does not exist in \(year)-\(month < 10 ? "0" : "")\(month)", at: month == 0 ? position : dayPosition)
        }
        append(year, width: 4, to: &text)
        text.append(UInt8(ascii: "-"))
        append(month, width: 2, to: &text)
        text.append(UInt8(ascii: "-"))
        append(day, width: 2, to: &text)
    }

    /// `HH:MM:SS` with optional fraction; TOML 1.0 requires the seconds.
    private mutating func readTime(into text: inout [UInt8], from position: TextPosition) throws(TOMLSyntaxError) {
        let hour = try field(2, max: 23, what: "hour", from: position)
        try expect(UInt8(ascii: ":"), from: position)
        let minute = try field(2, max: 59, what: "minute", from: position)
        try expect(UInt8(ascii: ":"), from: position)
        // 60 is a leap second, which RFC 3339 allows.
        let second = try field(2, max: 60, what: "second", from: position)
        append(hour, width: 2, to: &text)
        text.append(UInt8(ascii: ":"))
        append(minute, width: 2, to: &text)
        text.append(UInt8(ascii: ":"))
        append(second, width: 2, to: &text)
        guard cursor.current == UInt8(ascii: ".") else { return }
        guard digits(at: 1, count: 1) else {
            throw TOMLSyntaxError("a fraction of a second needs digits after '.'", at: cursor.position)
        }
        text.append(UInt8(ascii: "."))
        cursor.advance()
        while TOMLParser.isDigit(cursor.current) {
            text.append(cursor.current)
            cursor.advance()
        }
    }

    /// Exactly `count` digits with a value of at most `max`.
    private mutating func field(_ count: Int, max: Int, what: String, from position: TextPosition) throws(TOMLSyntaxError) -> Int {
        let fieldPosition = cursor.position
        guard digits(at: 0, count: count), !TOMLParser.isDigit(cursor.peek(count)) else {
            throw TOMLSyntaxError("invalid date-time: the \(what) must have \(count) digits", at: fieldPosition)
        }
        var value = 0
        for _ in 0..<count {
            value = value * 10 + Int(cursor.current - UInt8(ascii: "0"))
            cursor.advance()
        }
        if value > max {
            throw TOMLSyntaxError("invalid date-time: \(what) \(value) is out of range", at: fieldPosition)
        }
        return value
    }

    private mutating func expect(_ byte: UInt8, from position: TextPosition) throws(TOMLSyntaxError) {
        guard cursor.current == byte else {
            throw TOMLSyntaxError("invalid date-time: expected '\(Character(Unicode.Scalar(byte)))', found \(cursor.describeCurrent())", at: cursor.position)
        }
        cursor.advance()
    }

    private func digits(at distance: Int, count: Int) -> Bool {
        for index in distance..<(distance + count) where !TOMLParser.isDigit(cursor.peek(index)) { return false }
        return true
    }

    private func append(_ value: Int, width: Int, to text: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        while divisor > 0 {
            text.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
