/// archlint could not check (usage, configuration or input error): messages for stderr, exit 2.
package struct RunError: Error, Sendable {
    package let messages: [String]
    package init(messages: [String]) { self.messages = messages }
}
