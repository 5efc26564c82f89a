import Dispatch

/// Runs two independent pieces of work at once, one on each of two cores: the machines archlint
/// runs on in CI have two, and the serial stages (building the graph) left one idle.
///
/// Unchecked: the caller promises that neither piece writes what the other reads (each writes
/// only what it returns, or variables of its own).
enum BothCores {
    /// `first` and `second`, at once when `concurrently` (else one after the other: for small
    /// work, handing it to another thread costs more than it saves).
    static func run<First, Second>(concurrently: Bool = true, _ first: () -> First, _ second: () -> Second) -> (First, Second) {
        guard concurrently else { return (first(), second()) }
        return withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                let work = Work(first: first, second: second)
                DispatchQueue.concurrentPerform(iterations: 2) { index in
                    if index == 0 { work.firstResult = work.first() } else { work.secondResult = work.second() }
                }
                return (work.firstResult!, work.secondResult!)
            }
        }
    }

    /// Each result is written by one worker and read after both finished.
    private final class Work<First, Second>: @unchecked Sendable {
        let first: () -> First
        let second: () -> Second
        var firstResult: First?
        var secondResult: Second?

        init(first: @escaping () -> First, second: @escaping () -> Second) {
            self.first = first
            self.second = second
        }
    }
}
