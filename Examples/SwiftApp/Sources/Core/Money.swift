/// An amount in cents, so sums never round.
public struct Money: Hashable, Comparable, Sendable {
    public let cents: Int

    public init(cents: Int) { self.cents = cents }

    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }

    /// `12.50`
    public var formatted: String {
        let fraction = cents % 100
        return "\(cents / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
