extension LayersContract {
    /// One line of `layers`: one module, or siblings separated by `|` (independent) or `:` (not).
    public struct Layer: Hashable, Sendable {
        /// A module of the layer, relative to each container (or absolute without containers).
        public struct Member: Hashable, Sendable {
            /// The name as written, without parentheses.
            public let name: String
            /// Written `(name)`: the layer may be missing from a container.
            public let isOptional: Bool

            public init(name: String, isOptional: Bool = false) {
                self.name = name
                self.isOptional = isOptional
            }
        }

        /// The layer's modules, in the order written.
        public let members: [Member]
        /// Siblings may not import each other (`|`, and any one-module layer); false for `:`.
        public let isIndependent: Bool
        /// archlint extension: layers above this one may not import the layers below it.
        public let isClosed: Bool

        public init(members: [Member], isIndependent: Bool = true, isClosed: Bool = false) {
            self.members = members
            self.isIndependent = isIndependent
            self.isClosed = isClosed
        }
    }

    /// Why a layer line cannot be read.
    public enum LayerSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
        /// Both `|` and `:` on one line.
        case mixedSeparators
        /// The same module twice on one line (names sorted).
        case repeatedModules([String])
        /// Nothing between two separators, or an empty line.
        case emptyModuleName

        /// import-linter's wording where it has one.
        public var description: String {
            switch self {
            case .mixedSeparators:
                return "Layer cannot have a mixture of independent and non-independent elements."
            case .repeatedModules(let names):
                return "Modules cannot be repeated in a layer: \(names.map { "'\($0)'" }.joined(separator: ", "))."
            case .emptyModuleName:
                return "A layer cannot have an empty module name."
            }
        }
    }

    /// Reads `"domain | catalog"`, `"a : b"`, `"(infrastructure)"` as import-linter does.
    public static func parseLayerLine(_ text: String, isClosed: Bool = false) -> Result<Layer, LayerSyntaxError> {
        let hasPipe = text.contains("|"), hasColon = text.contains(":")
        if hasPipe && hasColon { return .failure(.mixedSeparators) }
        let separator: Character? = hasPipe ? "|" : (hasColon ? ":" : nil)
        let pieces = separator.map { text.split(separator: $0, omittingEmptySubsequences: false).map(String.init) } ?? [text]
        var members: [Layer.Member] = []
        var seen = Set<String>(), repeated = Set<String>()
        for piece in pieces {
            var name = trimmed(piece)
            var isOptional = false
            if name.hasPrefix("(") && name.hasSuffix(")") && name.count >= 2 {
                name = trimmed(String(name.dropFirst().dropLast()))
                isOptional = true
            }
            if name.isEmpty { return .failure(.emptyModuleName) }
            if !seen.insert(name).inserted { repeated.insert(name) }
            members.append(Layer.Member(name: name, isOptional: isOptional))
        }
        if !repeated.isEmpty { return .failure(.repeatedModules(repeated.sorted())) }
        return .success(Layer(members: members, isIndependent: !hasColon, isClosed: isClosed))
    }

    private static func trimmed(_ text: String) -> String {
        var view = Substring(text)
        while let first = view.first, first == " " || first == "\t" { view = view.dropFirst() }
        while let last = view.last, last == " " || last == "\t" { view = view.dropLast() }
        return String(view)
    }

    /// Misuse of the options themselves (before any graph is read), in import-linter's words:
    /// a module in two layers, `exhaustive` without containers.
    public static func optionErrors(layers: [Layer], containers: [ModuleExpression], exhaustive: Bool) -> [String] {
        var errors: [String] = []
        var seen = Set<String>(), duplicated = Set<String>()
        for layer in layers {
            for name in Set(layer.members.map(\.name)) where !seen.insert(name).inserted { duplicated.insert(name) }
        }
        if !duplicated.isEmpty {
            errors.append("Modules cannot be in more than one layer: \(duplicated.sorted().map { "'\($0)'" }.joined(separator: ", ")).")
        }
        if exhaustive && containers.isEmpty {
            errors.append("The exhaustive option is not supported for contracts without containers.")
        }
        return errors
    }
}
