/// What an expression of a manifest holds, as far as reading it without running it tells.
enum SwiftManifestValue: Equatable {
    case string(String)
    case bool(Bool)
    /// `nil`, and every environment variable: archlint reads manifests as a plain `swift build`
    /// on a clean machine runs them, with no variable set (one rule, whatever the form).
    case null
    case array([SwiftManifestValue])
    /// `Context.environment` / `ProcessInfo.processInfo.environment`.
    case environment
    /// A value that differs between `#if` branches: each branch's, in order.
    case oneOf([SwiftManifestValue])
    case unknown

    /// The values it can be: several for `oneOf`, else itself.
    var alternatives: [SwiftManifestValue] {
        if case .oneOf(let values) = self { return values }
        return [self]
    }

    /// Every string it holds in any alternative: a string, an array's strings, in order, once each.
    var allStrings: [String] {
        var result: [String] = []
        func collect(_ value: SwiftManifestValue) {
            switch value {
            case .string(let string): if !result.contains(string) { result.append(string) }
            case .array(let values), .oneOf(let values): values.forEach(collect)
            default: break
            }
        }
        collect(self)
        return result
    }

    /// The strings every alternative holds (what a file is excluded by in all `#if` branches).
    var commonStrings: [String] {
        let sets = alternatives.map { SwiftManifestValue.array([$0]).allStrings }
        guard let first = sets.first else { return [] }
        return first.filter { string in sets.allSatisfy { $0.contains(string) } }
    }

    /// True when it holds something a reader could not evaluate.
    var containsUnknown: Bool {
        switch self {
        case .unknown: return true
        case .array(let values), .oneOf(let values): return values.contains { $0.containsUnknown }
        default: return false
        }
    }

    /// The truth of a condition: nil when unknown, or when `#if` branches disagree.
    var truth: Bool? {
        let truths = alternatives.map { value -> Bool? in
            if case .bool(let bool) = value { return bool }
            return nil
        }
        guard let first = truths.first, let known = first, truths.allSatisfy({ $0 == known }) else { return nil }
        return known
    }

    /// The alternatives of several `#if` branches, merged when they agree.
    static func merging(_ values: [SwiftManifestValue]) -> SwiftManifestValue {
        var distinct: [SwiftManifestValue] = []
        for value in values.flatMap(\.alternatives) where !distinct.contains(value) { distinct.append(value) }
        if distinct.isEmpty { return .unknown }
        return distinct.count == 1 ? distinct[0] : .oneOf(distinct)
    }

    /// Applies an operation to each alternative and merges the results.
    func map(_ transform: (SwiftManifestValue) -> SwiftManifestValue) -> SwiftManifestValue {
        .merging(alternatives.map(transform))
    }
}
