/// Strings built one at a time when asked for, from wherever they lie (the workspace cache's
/// string table), so that a string nothing reads is never made.
public final class StringSource: Sendable {
    private let build: @Sendable (Int) -> String

    /// `build(index)` makes string `index`; it is called for the indices the source was given out with.
    public init(_ build: @escaping @Sendable (Int) -> String) {
        self.build = build
    }

    /// String `index`, built now.
    public func string(_ index: Int) -> String { build(index) }
}
