/// "Did you mean": the known name nearest to a mistyped one, for configuration keys, contract
/// types and ids, module names and command-line options alike.
package enum NameSuggestion {
    /// The known key nearest to `key` by edit distance, when near enough to be a typo.
    package static func closest(to key: String, among candidates: [String]) -> String? {
        // A key cut short or run on (`allow_indirect` for `allow_indirect_imports`) is a typo too.
        if key.count >= 4, let stem = candidates.filter({ $0.hasPrefix(key) || key.hasPrefix($0) }).min(by: { $0.count < $1.count }) {
            return stem
        }
        let best = candidates.map { ($0, distance(key, $0)) }.min { ($0.1, $0.0) < ($1.1, $1.0) }
        guard let (candidate, nearest) = best, nearest <= max(2, key.count / 3) else { return nil }
        return candidate
    }

    /// Levenshtein distance over Unicode scalars, ignoring case.
    package static func distance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.lowercased().unicodeScalars), b = Array(rhs.lowercased().unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
