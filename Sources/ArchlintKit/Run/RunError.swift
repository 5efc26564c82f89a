/// archlint could not check (usage, configuration or input error): messages for stderr, exit 2.
public struct RunError: Error, Sendable {
    public let messages: [String]
    public init(messages: [String]) { self.messages = messages }
}
