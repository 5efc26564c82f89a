import ArchlintGraph

/// A value for some of a graph's module ids (-1 for the others): an array over the whole graph
/// when the entries are a large part of it, a dictionary when they are few.
///
/// A contract on one package of a million-module graph keys a few thousand modules, and an
/// array over every module cost it 4 MB of zeroes; a layers contract over a whole 65,000-module
/// graph keys nearly all of them, and hashing each lookup made it 2.5× slower than the array.
struct ModuleIDMap {
    typealias ModuleID = ImportGraph.ModuleID

    private var dense: [ModuleID]
    private var sparse: [ModuleID: ModuleID]
    private let isDense: Bool

    /// A map for about `expectedCount` entries over a graph of `moduleCount` modules.
    init(expectedCount: Int, moduleCount: Int) {
        // The array costs 4 bytes per module of the graph, the dictionary tens per entry.
        isDense = expectedCount * 8 >= moduleCount
        dense = isDense ? [ModuleID](repeating: -1, count: moduleCount) : []
        sparse = isDense ? [:] : Dictionary(minimumCapacity: expectedCount)
    }

    subscript(id: ModuleID) -> ModuleID {
        get { isDense ? dense[Int(id)] : sparse[id, default: -1] }
        set {
            if isDense { dense[Int(id)] = newValue } else { sparse[id] = newValue }
        }
    }
}
