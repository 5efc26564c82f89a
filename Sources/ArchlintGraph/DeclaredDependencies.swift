/// What a SwiftPM target declares in its manifest's `dependencies:`, as the
/// `declared_dependencies` contract needs it.
public struct DeclaredDependencies: Hashable, Sendable {
    /// The target's manifest and the line that declares the target.
    public let target: SourceLocation
    /// Every entry of `dependencies:` the manifest reader could evaluate, in manifest order.
    public let dependencies: [DeclaredDependency]
    /// Lines of entries that could not be evaluated (computed): what the target declares is not
    /// fully known, so its imports are not checked for undeclared modules.
    public let unreadLines: [Int]
    /// False when the target has no `.swift` file (a C target): archlint sees none of its imports.
    public let hasSwiftSources: Bool

    public init(target: SourceLocation, dependencies: [DeclaredDependency], unreadLines: [Int] = [], hasSwiftSources: Bool = true) {
        self.target = target
        self.dependencies = dependencies
        self.unreadLines = unreadLines
        self.hasSwiftSources = hasSwiftSources
    }
}
