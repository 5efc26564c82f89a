/// A TOML date, time or date-time, kept as normalized RFC 3339 text so no precision or offset is lost.
package struct TOMLDateTime: Hashable, Sendable {
    /// Which of TOML's four date-time types the value is; raw values are toml-test's type names.
    package enum Kind: String, Hashable, Sendable {
        /// `1979-05-27T07:32:00Z`, `1979-05-27T00:32:00-07:00`.
        case offsetDateTime = "datetime"
        /// `1979-05-27T07:32:00`.
        case localDateTime = "datetime-local"
        /// `1979-05-27`.
        case localDate = "date-local"
        /// `07:32:00.999`.
        case localTime = "time-local"
    }

    /// The type of the value.
    package let kind: Kind
    /// The value as written, with `T` and `Z` upper-cased and a space separator turned into `T`.
    package let text: String

    /// Creates a date-time value from already validated, normalized text.
    package init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }
}
