/// What a SwiftPM target declares in its manifest's `dependencies:`, as the
/// `declared_dependencies` contract needs it.
package struct DeclaredDependencies: Hashable, Sendable {
    /// The target's manifest and the line that declares the target.
    package let target: SourceLocation
    /// Every entry of `dependencies:` the manifest reader could evaluate, in manifest order.
    package let dependencies: [DeclaredDependency]
    /// Lines of entries that could not be evaluated (computed): what the target declares is not
    /// fully known, so its imports are not checked for undeclared modules.
    package let unreadLines: [Int]
    /// False when the target has no `.swift` file (a C target): archlint sees none of its imports.
    package let hasSwiftSources: Bool

    package init(target: SourceLocation, dependencies: [DeclaredDependency], unreadLines: [Int] = [], hasSwiftSources: Bool = true) {
        self.target = target
        self.dependencies = dependencies
        self.unreadLines = unreadLines
        self.hasSwiftSources = hasSwiftSources
    }
}
