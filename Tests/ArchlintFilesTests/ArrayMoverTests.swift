import Testing
@testable import ArchlintFiles

/// Counts the instances alive, so a test can tell that moving elements neither copied (leaked)
/// nor freed twice any of them.
private final class Tracked: @unchecked Sendable {
    nonisolated(unsafe) static var alive = 0
    let value: Int
    init(_ value: Int) {
        self.value = value
        Self.alive += 1
    }
    deinit { Self.alive -= 1 }
}

/// An element that owns a reference, and a placeholder that owns none.
private struct Element: Sendable {
    let tracked: Tracked?
    let label: String
}

@Suite(.serialized) struct ArrayMoverTests {
    private static let placeholder = Element(tracked: nil, label: "")

    /// Chunks of `sizes` elements numbered in order from 0.
    private static func chunks(_ sizes: [Int]) -> [[Element]] {
        var next = 0
        return sizes.map { size in
            (0..<size).map { _ in
                defer { next += 1 }
                return Element(tracked: Tracked(next), label: "element number \(next), long enough to be allocated")
            }
        }
    }

    @Test(arguments: [[], [0, 0], [3], [2, 0, 5, 1], [5_000, 0, 7, 3_000], [1, 9_000]])
    func concatenatesInOrderMovingEveryElementOnce(sizes: [Int]) {
        do {
            var chunks = Self.chunks(sizes)
            let joined = ArrayMover.concatenate(moving: &chunks, placeholder: Self.placeholder)
            #expect(joined.map { $0.tracked!.value } == Array(0..<sizes.reduce(0, +)))
            #expect(joined.allSatisfy { $0.label == "element number \($0.tracked!.value), long enough to be allocated" })
            #expect(chunks.count == sizes.count && chunks.allSatisfy(\.isEmpty))
            #expect(Tracked.alive == joined.count)
        }
        #expect(Tracked.alive == 0)
    }

    @Test func appendMovesWithoutCopying() {
        do {
            var chunks = Self.chunks([4, 3])
            var target = chunks[0]
            chunks[0] = []
            ArrayMover.append(moving: &chunks[1], to: &target, placeholder: Self.placeholder)
            #expect(target.map { $0.tracked!.value } == Array(0..<7))
            #expect(chunks[1].allSatisfy { $0.tracked == nil })
            #expect(Tracked.alive == 7)
        }
        #expect(Tracked.alive == 0)
    }
}
