/// Appends the elements of one array to another by moving them, not copying.
///
/// Copying an element that holds strings (an `ImportStatement`, a module file) retains each of
/// them; for the tens of thousands of a large workspace, freshly allocated on other cores, those
/// retains cost more than the rest of the merge. Moving is a byte copy that leaves a cheap
/// placeholder behind.
public enum ArrayMover {
    /// Moves every element of `source` to the end of `target`, leaving `source` holding
    /// `placeholder`s, which should own nothing (empty strings are stored inline, so they qualify).
    /// Inlinable so that each caller gets it specialized for its element type: a generic call
    /// across the module boundary moved elements through value witnesses, one at a time.
    @inlinable
    public static func append<Element>(moving source: inout [Element], to target: inout [Element], placeholder: Element) {
        guard !source.isEmpty else { return }
        let start = target.count
        target.append(contentsOf: repeatElement(placeholder, count: source.count))
        target.withUnsafeMutableBufferPointer { target in
            source.withUnsafeMutableBufferPointer { source in
                (target.baseAddress! + start).moveUpdate(from: source.baseAddress!, count: source.count)
                source.baseAddress!.initialize(repeating: placeholder, count: source.count)
            }
        }
    }
}
