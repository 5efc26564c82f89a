import Dispatch

/// Maps a body over items on every core, keeping the input order in the output.
public enum ParallelMap {
    /// Inlinable so that callers in other targets get it specialized for their types.
    @inlinable
    public static func map<Item: Sendable, Output: Sendable>(
        _ items: [Item],
        _ body: @Sendable (Item) -> Output
    ) -> [Output] {
        guard items.count > 1 else { return items.map(body) }
        let results = UnsafeMutableBufferPointer<Output?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let slots = SendableBuffer(pointer: results)
        // Small chunks spread uneven file sizes; a shared counter hands them out.
        let chunk = max(1, min(64, items.count / 64))
        let chunkCount = (items.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunkIndex in
            let start = chunkIndex * chunk
            for index in start..<min(start + chunk, items.count) {
                slots.pointer[index] = body(items[index])
            }
        }
        // Moved out, not copied: a copy would leave the slots' values alive (leaked) and make
        // every result array shared, so the caller's first mutation would copy it again.
        return (0..<items.count).map { (results.baseAddress! + $0).move()! }
    }
}

/// Each index is written by exactly one worker, so sharing the buffer is safe.
@usableFromInline
struct SendableBuffer<Element>: @unchecked Sendable {
    @usableFromInline let pointer: UnsafeMutableBufferPointer<Element>
    @usableFromInline init(pointer: UnsafeMutableBufferPointer<Element>) { self.pointer = pointer }
}
