extension SwiftManifestReader {
    private static let productFactories: [String: SwiftManifestProduct.Kind] = [
        "library": .library, "executable": .executable, "plugin": .plugin,
    ]

    /// The products declared anywhere in the manifest (every `#if` branch; not in an `if` that
    /// cannot run): `.library(name:targets:)`, `.executable(…)` and `.plugin(name:targets:)`
    /// (a plugin target has a `capability:` instead). One per name, their targets joined.
    func products() -> [SwiftManifestProduct] {
        var products: [SwiftManifestProduct] = []
        var index = 0
        while index + 2 < tokens.count {
            if let deadEnd = branches.deadEnd(at: index) {
                index = deadEnd
                continue
            }
            if tokens[index].kind == .period, let kind = Self.productFactories[tokens[index + 1].text],
               tokens[index + 2].kind == .leftParen, let close = tokens.matchingClose(index + 2)
            {
                var values: [String: Range<Int>] = [:]
                for argument in tokens.split(open: index + 2, close: close) {
                    if case let (label?, value) = tokens.labeled(argument) { values[label] = value }
                }
                if values["capability"] == nil, let nameRange = values["name"], let targetsRange = values["targets"],
                   case .string(let name) = evaluator.value(nameRange, [:])
                {
                    let targets = strings(in: targetsRange, [:], every: true)
                    if let existing = products.firstIndex(where: { $0.name == name }) {
                        products[existing].targets += targets.filter { !products[existing].targets.contains($0) }
                    } else {
                        products.append(SwiftManifestProduct(name: name, kind: kind, targets: targets, line: tokens[index].line))
                    }
                    index = close + 1
                    continue
                }
            }
            index += 1
        }
        return products
    }

    /// The `name:` of the `Package(…)` call, when it is a string the evaluator knows.
    func packageName() -> String? {
        for index in 0..<max(0, tokens.count - 1)
        where tokens[index].text == "Package" && tokens[index + 1].kind == .leftParen {
            guard let close = tokens.matchingClose(index + 1) else { return nil }
            for argument in tokens.split(open: index + 1, close: close) {
                if case ("name"?, let value) = tokens.labeled(argument), case .string(let name) = evaluator.value(value, [:]) {
                    return name
                }
            }
            return nil
        }
        return nil
    }
}
