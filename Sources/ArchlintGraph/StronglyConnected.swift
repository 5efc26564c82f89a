/// Tarjan's algorithm, iterative: strongly connected components in reverse topological order.
public enum StronglyConnected {
    public static func components(count: Int, successors: (Int) -> [Int]) -> [[Int]] {
        var indexOf = [Int](repeating: -1, count: count)
        var lowLink = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var result: [[Int]] = []
        var nextIndex = 0
        for start in 0..<count where indexOf[start] == -1 {
            var work: [(node: Int, next: [Int], position: Int)] = [(start, successors(start), 0)]
            indexOf[start] = nextIndex; lowLink[start] = nextIndex; nextIndex += 1
            stack.append(start); onStack[start] = true
            while !work.isEmpty {
                let top = work.count - 1
                let node = work[top].node
                if work[top].position < work[top].next.count {
                    let successor = work[top].next[work[top].position]
                    work[top].position += 1
                    if indexOf[successor] == -1 {
                        indexOf[successor] = nextIndex; lowLink[successor] = nextIndex; nextIndex += 1
                        stack.append(successor); onStack[successor] = true
                        work.append((successor, successors(successor), 0))
                    } else if onStack[successor] {
                        lowLink[node] = min(lowLink[node], indexOf[successor])
                    }
                } else {
                    work.removeLast()
                    if let parent = work.last { lowLink[parent.node] = min(lowLink[parent.node], lowLink[node]) }
                    if lowLink[node] == indexOf[node] {
                        var component: [Int] = []
                        while let member = stack.popLast() {
                            onStack[member] = false
                            component.append(member)
                            if member == node { break }
                        }
                        result.append(component.sorted())
                    }
                }
            }
        }
        return result
    }
}
