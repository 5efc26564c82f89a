/// An amount in cents.
package struct Price: Equatable, Sendable {
    package var cents: Int
    package init(cents: Int) { self.cents = cents }
}
