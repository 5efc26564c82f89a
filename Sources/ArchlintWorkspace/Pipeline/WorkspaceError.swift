/// The workspace could not be loaded (a root package that does not exist, a package without a
/// manifest, one module name in two languages…): one line per problem, and the run exits 2.
package struct WorkspaceError: Error, Sendable {
    /// Each problem as `FILE: error: message`.
    package let messages: [String]
    package init(messages: [String]) { self.messages = messages }
}
