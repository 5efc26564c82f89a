import Core

/// The signed-in customer and what they spent.
public struct ProfileViewModel: Sendable {
    public let name: String
    public let spent: Money

    public init(name: String, spent: Money) {
        self.name = name
        self.spent = spent
    }

    public var greeting: String { "Hello \(name), you spent \(spent.formatted) with us." }
}
