import Dispatch

/// Appends the elements of one array to another by moving them, not copying.
///
/// Copying an element that holds strings (an `ImportStatement`, a module file) retains each of
/// them; for the tens of thousands of a large workspace, freshly allocated on other cores, those
/// retains cost more than the rest of the merge. Moving is a byte copy that leaves a cheap
/// placeholder behind.
public enum ArrayMover {
    /// Moves every element of `source` to the end of `target`, leaving `source` holding
    /// `placeholder`s, which must own nothing (no class instance, no string longer than 15 bytes):
    /// the placeholders appended to `target` are overwritten without being destroyed, and those
    /// left in `source` are its bits, not copies.
    /// Inlinable so that each caller gets it specialized for its element type: a generic call
    /// across the module boundary moved elements through value witnesses, one at a time.
    @inlinable
    public static func append<Element>(moving source: inout [Element], to target: inout [Element], placeholder: Element) {
        guard !source.isEmpty else { return }
        let start = target.count
        target.append(contentsOf: repeatElement(placeholder, count: source.count))
        target.withUnsafeMutableBufferPointer { target in
            source.withUnsafeMutableBufferPointer { source in
                (target.baseAddress! + start).moveInitialize(from: source.baseAddress!, count: source.count)
                fill(source, withBitsOf: placeholder)
            }
        }
    }

    /// Writes `placeholder`'s bits into every slot of `slots`, whose elements were moved out.
    @inlinable
    static func fill<Element>(_ slots: UnsafeMutableBufferPointer<Element>, withBitsOf placeholder: Element) {
        guard let start = slots.baseAddress else { return }
        withUnsafeBytes(of: placeholder) { bits in
            let raw = UnsafeMutableRawPointer(start)
            for slot in 0..<slots.count {
                (raw + slot * MemoryLayout<Element>.stride).copyMemory(from: bits.baseAddress!, byteCount: bits.count)
            }
        }
    }

    /// One array of every element of `chunks`, in order, moved (never copied) on two cores:
    /// each worker moves half the elements and frees the chunks it emptied, so merging the
    /// statements of a large workspace no longer leaves one core idle. Every chunk is left empty.
    /// `placeholder` must own nothing (no class instance, no string longer than 15 bytes).
    @inlinable
    public static func concatenate<Element: Sendable>(moving chunks: inout [[Element]], placeholder: Element) -> [Element] {
        var offsets: [Int] = []
        offsets.reserveCapacity(chunks.count)
        var total = 0
        for chunk in chunks {
            offsets.append(total)
            total += chunk.count
        }
        // The first chunk starting in the second half of the elements: the second worker's first.
        let split = offsets.firstIndex { $0 >= total / 2 } ?? chunks.count
        let count = chunks.count
        let starts = offsets
        return [Element](unsafeUninitializedCapacity: total) { buffer, initialized in
            chunks.withUnsafeMutableBufferPointer { all in
                let source = SendableBuffer(pointer: all)
                let target = SendableBuffer(pointer: buffer)
                // Below a few thousand elements, waking the second worker costs more than it saves.
                if total < 4_096 {
                    move(source, 0..<count, into: target, at: starts, leaving: placeholder)
                } else {
                    DispatchQueue.concurrentPerform(iterations: 2) { half in
                        move(source, half == 0 ? 0..<split : split..<count, into: target, at: starts, leaving: placeholder)
                    }
                }
            }
            initialized = total
        }
    }

    /// Moves the elements of `chunks[range]` into `target`, chunk `i` at `offsets[i]`, and
    /// empties those chunks (each worker touches only its own range of both buffers).
    ///
    /// The emptied slots get `placeholder`'s bits, not copies of it: it owns nothing, so no
    /// reference count changes, and a copy through the value witness cost more than the move.
    @inlinable
    static func move<Element>(_ chunks: SendableBuffer<[Element]>, _ range: Range<Int>, into target: SendableBuffer<Element>,
                              at offsets: [Int], leaving placeholder: Element) {
        for index in range {
            chunks.pointer[index].withUnsafeMutableBufferPointer { source in
                guard let start = source.baseAddress else { return }
                (target.pointer.baseAddress! + offsets[index]).moveInitialize(from: start, count: source.count)
                fill(source, withBitsOf: placeholder)
            }
            chunks.pointer[index] = []
        }
    }
}
