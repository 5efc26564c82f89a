extension SwiftManifestEvaluator {
    /// A recursive-descent reading of one expression, by Swift's precedence: `?:`, `||`, `&&`,
    /// comparisons, `??`, `+`, prefix `!`, then postfix members, calls, subscripts and `?`.
    struct Parser {
        let evaluator: SwiftManifestEvaluator
        let bindings: [String: SwiftManifestValue]
        let depth: Int
        var index: Int
        let end: Int

        private var tokens: SwiftManifestTokens { evaluator.tokens }

        private func peek(_ text: String) -> Bool {
            index < end && (tokens[index].kind == .binaryOperator || tokens[index].kind == .prefixOperator
                || tokens[index].kind == .exclamationMark) && tokens[index].text == text
        }

        mutating func ternary() -> SwiftManifestValue {
            let condition = disjunction()
            guard index < end, tokens[index].kind == .infixQuestionMark else { return condition }
            index += 1
            let whenTrue = ternary()
            guard index < end, tokens[index].kind == .colon else { return .unknown }
            index += 1
            let whenFalse = ternary()
            switch condition.truth {
            case true?: return whenTrue
            case false?: return whenFalse
            case nil: return .merging([whenTrue, whenFalse])
            }
        }

        private mutating func disjunction() -> SwiftManifestValue {
            var left = conjunction()
            while peek("||") {
                index += 1
                let right = conjunction()
                left = Self.logic(left, right, isAnd: false)
            }
            return left
        }

        private mutating func conjunction() -> SwiftManifestValue {
            var left = comparison()
            while peek("&&") {
                index += 1
                let right = comparison()
                left = Self.logic(left, right, isAnd: true)
            }
            return left
        }

        private static func logic(_ left: SwiftManifestValue, _ right: SwiftManifestValue, isAnd: Bool) -> SwiftManifestValue {
            switch (left.truth, right.truth) {
            case (let l?, let r?): return .bool(isAnd ? l && r : l || r)
            case (false?, _), (_, false?): return isAnd ? .bool(false) : .unknown
            case (true?, _), (_, true?): return isAnd ? .unknown : .bool(true)
            default: return .unknown
            }
        }

        private mutating func comparison() -> SwiftManifestValue {
            let left = coalescing()
            guard peek("==") || peek("!=") else { return left }
            let equal = tokens[index].text == "=="
            index += 1
            let right = coalescing()
            return left.map { l in
                right.map { r in
                    guard let same = Self.equal(l, r) else { return .unknown }
                    return .bool(same == equal)
                }
            }
        }

        private static func equal(_ left: SwiftManifestValue, _ right: SwiftManifestValue) -> Bool? {
            switch (left, right) {
            case (.unknown, _), (_, .unknown), (.environment, _), (_, .environment): return nil
            case (.array, _), (_, .array): return left.containsUnknown || right.containsUnknown ? nil : left == right
            default: return left == right
            }
        }

        private mutating func coalescing() -> SwiftManifestValue {
            var left = additive()
            while peek("??") {
                index += 1
                let right = additive()
                left = left.map { $0 == .null ? right : $0 }
            }
            return left
        }

        private mutating func additive() -> SwiftManifestValue {
            var left = prefix()
            while peek("+") {
                index += 1
                let right = prefix()
                left = left.map { l in
                    right.map { r in
                        switch (l, r) {
                        case (.string(let a), .string(let b)): return .string(a + b)
                        case (.array(let a), .array(let b)): return .array(a + b)
                        default: return .unknown
                        }
                    }
                }
            }
            return left
        }

        private mutating func prefix() -> SwiftManifestValue {
            if index < end, tokens[index].kind == .prefixOperator, tokens[index].text == "!" {
                index += 1
                return prefix().map { value in
                    if case .bool(let bool) = value { return .bool(!bool) }
                    return .unknown
                }
            }
            return postfix()
        }

        private mutating func postfix() -> SwiftManifestValue {
            var value = primary()
            // After `?` on nil the rest of the chain is skipped and gives nil.
            var shortCircuited = false
            while index < end {
                let token = tokens[index]
                if token.kind == .postfixQuestionMark || (token.kind == .exclamationMark || token.kind == .postfixOperator && token.text == "!") && !token.hasLeadingTrivia {
                    if token.kind == .postfixQuestionMark && value == .null { shortCircuited = true }
                    index += 1
                } else if token.kind == .period, index + 1 < end {
                    let member = tokens[index + 1].text
                    index += 2
                    var arguments: [Range<Int>]?
                    if index < end, tokens[index].kind == .leftParen, !tokens[index].isAtStartOfLine,
                       let close = tokens.matchingClose(index), close < end
                    {
                        arguments = tokens.split(open: index, close: close)
                        index = close + 1
                    }
                    if index < end, tokens[index].kind == .leftBrace, let close = tokens.matchingClose(index), close < end {
                        index = close + 1  // a trailing closure: `.map { … }` is not followed
                        value = value == .null ? .null : .unknown
                        continue
                    }
                    if !shortCircuited { value = self.member(member, of: value, arguments: arguments) }
                } else if token.kind == .leftSquare, !token.isAtStartOfLine, let close = tokens.matchingClose(index), close < end {
                    index = close + 1
                    if !shortCircuited { value = value == .environment ? .null : .unknown }
                } else {
                    break
                }
            }
            return shortCircuited ? .null : value
        }

        /// `value.member` or `value.member(arguments)`.
        private func member(_ name: String, of value: SwiftManifestValue, arguments: [Range<Int>]?) -> SwiftManifestValue {
            if name == "environment" { return .environment }
            if name == "processInfo" { return value }
            let argumentValues = (arguments ?? []).map { evaluator.value(tokens.labeled($0).value, bindings, depth: depth + 1) }
            return value.map { base in
                switch (base, name, argumentValues.count) {
                case (.null, "map", _), (.null, "flatMap", _): return .null
                case (.string(let string), "lowercased", 0): return .string(string.lowercased())
                case (.string(let string), "uppercased", 0): return .string(string.uppercased())
                case (.string(let string), "isEmpty", 0) where arguments == nil: return .bool(string.isEmpty)
                case (.array(let elements), "isEmpty", 0) where arguments == nil: return .bool(elements.isEmpty)
                case (.array(let elements), "contains", 1):
                    if base.containsUnknown { return .unknown }
                    return argumentValues[0].map { element in
                        element == .unknown ? .unknown : .bool(elements.contains(element))
                    }
                default: return .unknown
                }
            }
        }

        private mutating func primary() -> SwiftManifestValue {
            guard index < end else { return .unknown }
            let token = tokens[index]
            switch token.kind {
            case .stringLiteral:
                return string()
            case .keyword where token.keyword == .true || token.keyword == .false:
                index += 1
                return .bool(token.keyword == .true)
            case .keyword where token.keyword == .nil:
                index += 1
                return .null
            case .leftParen:
                guard let close = tokens.matchingClose(index), close < end else { return .unknown }
                let parts = tokens.split(open: index, close: close)
                index = close + 1
                guard parts.count == 1 else {
                    // A tuple, read as an array of its parts (`for (name, path) in [("A", "a")]`).
                    return .array(parts.map { evaluator.value(tokens.labeled($0).value, bindings, depth: depth + 1) })
                }
                return evaluator.value(parts[0], bindings, depth: depth + 1)
            case .leftSquare:
                guard let close = tokens.matchingClose(index), close < end else { return .unknown }
                let parts = tokens.split(open: index, close: close)
                index = close + 1
                if parts.contains(where: { part in part.contains { tokens[$0].kind == .colon } }) { return .unknown }  // a dictionary
                return .array(parts.map { evaluator.value($0, bindings, depth: depth + 1) })
            case .identifier, .dollarIdentifier, .keyword:
                index += 1
                if index < end, tokens[index].kind == .leftParen, !tokens[index].isAtStartOfLine,
                   let function = evaluator.declarations.functions[token.text], let close = tokens.matchingClose(index), close < end
                {
                    let arguments = tokens.split(open: index, close: close)
                    index = close + 1
                    return evaluator.call(function, arguments: arguments, bindings, depth: depth + 1)
                }
                if let bound = bindings[token.text] { return bound }
                if token.text == "Context" || token.text == "ProcessInfo" { return .unknown }
                return evaluator.constant(token.text, depth: depth) ?? .unknown
            default:
                index = end
                return .unknown
            }
        }

        /// A string literal, joining the parts of an interpolated one with the values between them.
        private mutating func string() -> SwiftManifestValue {
            var result = ""
            var pounds: Int?
            var unknown = false
            while index < end {
                let part = Array(tokens[index].text.utf8).withUnsafeBufferPointer {
                    SwiftManifestToken.part($0, continuing: pounds)
                }
                index += 1
                guard let part else { return .unknown }
                result += part.value
                if part.closes { return unknown ? .unknown : .string(result) }
                pounds = part.pounds
                guard index < end, tokens[index].kind == .leftParen, let close = tokens.matchingClose(index), close < end
                else { return .unknown }
                switch evaluator.value((index + 1)..<close, bindings, depth: depth + 1) {
                case .string(let string): result += string
                default: unknown = true
                }
                index = close + 1
                guard index < end, tokens[index].kind == .stringLiteral else { return .unknown }
            }
            return .unknown
        }
    }
}
