/// Gathers the elements of many arrays into one by moving them, not copying.
///
/// Copying an element that holds strings (an `ImportStatement`, a module file) retains each of
/// them; for the tens of thousands of a large workspace, freshly allocated on other cores, those
/// retains cost more than the rest of the merge. Moving is a byte copy that leaves a cheap
/// placeholder behind.
enum ArrayMover {
    /// The elements of every chunk, in order; each chunk is left holding `placeholder`s, which
    /// should own nothing (empty strings are stored inline, so they qualify).
    static func concatenate<Element>(_ chunks: inout [[Element]], placeholder: Element) -> [Element] {
        let total = chunks.reduce(0) { $0 + $1.count }
        var result = [Element](repeating: placeholder, count: total)
        result.withUnsafeMutableBufferPointer { target in
            var next = 0
            for index in chunks.indices {
                chunks[index].withUnsafeMutableBufferPointer { source in
                    guard let from = source.baseAddress, source.count > 0 else { return }
                    (target.baseAddress! + next).moveUpdate(from: from, count: source.count)
                    from.initialize(repeating: placeholder, count: source.count)
                    next += source.count
                }
            }
        }
        return result
    }
}
