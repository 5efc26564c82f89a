import Testing
@testable import ArchlintConfiguration
import ArchlintConfigSyntax

/// Each kind of configuration mistake, with the exact message archlint prints.
@Suite struct ConfigurationLoaderTests {
    private func errors(_ text: String) -> [String] {
        do {
            let document = try JSONParser.parse(Array(text.utf8))
            _ = try ConfigurationLoader.decode(document, displayPath: "contracts.json", baseDirectory: "/tmp")
            return []
        } catch let error as JSONParser.SyntaxError {
            return ["\(error.line):\(error.column): \(error.message)"]
        } catch let error as ConfigurationError {
            return error.issues.map(\.description)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test func syntaxErrorsNameLineAndColumn() {
        #expect(errors("{\n  \"exclude\": [\"a\",]\n}") == ["2:19: unexpected ']', expected a value"])
        #expect(errors("{\n  \"exclude\": [\"a\"]\n  \"python\": {}\n}") == ["3:3: unexpected '\"', expected ',' or '}'"])
        #expect(errors("{\"a\": \"x") == ["1:9: unterminated string"])
        #expect(errors("") == ["1:1: unexpected end of file, expected a value"])
        #expect(errors("{} x") == ["1:4: unexpected 'x' after the end of the document"])
    }

    @Test func duplicateKeysAreSyntaxErrors() {
        #expect(errors("{\"exclude\": [], \"exclude\": []}") == ["1:17: duplicate key \"exclude\""])
    }

    @Test func unknownKeysSuggestTheNearestKnownKey() {
        #expect(errors("{\"pyton\": {}}") == [
            "contracts.json:1:11: error: pyton: unknown key \"pyton\"; did you mean \"python\"?",
        ])
        #expect(errors("{\"python\": {\"source_root\": [\".\"]}}") == [
            "contracts.json:1:28: error: python.source_root: unknown key \"source_root\"; did you mean \"source_roots\"?",
        ])
    }

    @Test func unknownKeysFarFromAnyKnownKeyListTheKnownKeys() {
        #expect(errors("{\"zzzzzzzz\": 1}") == [
            "contracts.json:1:14: error: zzzzzzzz: unknown key \"zzzzzzzz\" (known keys: $schema, contracts, description, exclude, python, swift)",
        ])
    }

    @Test func wrongTypesNameTheExpectedType() {
        #expect(errors("{\"exclude\": \"Tests/**\"}") == [
            "contracts.json:1:13: error: exclude: expected an array of strings, found a string (write [\"Tests/**\"])",
        ])
        #expect(errors("{\"python\": {\"exclude_type_checking_imports\": \"yes\"}}") == [
            "contracts.json:1:46: error: python.exclude_type_checking_imports: expected true or false, found a string",
        ])
        #expect(errors("{\"contracts\": {}}") == [
            "contracts.json:1:15: error: contracts: expected an array of contracts, found an object",
        ])
        #expect(errors("{\"swift\": {\"packages\": [1]}}") == [
            "contracts.json:1:25: error: swift.packages[0]: expected a string, found a number",
        ])
    }

    @Test func rootPackagesMustBePythonNames() {
        #expect(errors("{\"python\": {\"root_packages\": [\"my-pkg\"]}}") == [
            "contracts.json:1:31: error: python.root_packages[0]: \"my-pkg\" is not a Python package name",
        ])
    }

    @Test func contractsNeedANameAndAKnownType() {
        #expect(errors("{\"contracts\": [{\"type\": \"forbidden\"}]}") == [
            "contracts.json:1:16: error: contracts[0]: missing required key \"name\"",
        ])
        #expect(errors("{\"contracts\": [{\"name\": \"A\", \"type\": \"layer\"}]}") == [
            "contracts.json:1:38: error: contracts[0].type: unknown contract type \"layer\"; did you mean \"layers\"?",
        ])
    }

    @Test func alertingMustBeErrorWarnOrNone() {
        let text = "{\"contracts\": [{\"name\": \"A\", \"type\": \"forbidden\", \"unmatched_ignore_imports_alerting\": \"loud\","
            + " \"source_modules\": [\"a\"], \"forbidden_modules\": [\"b\"]}]}"
        #expect(errors(text) == [
            "contracts.json:1:88: error: contracts[0].unmatched_ignore_imports_alerting: \"loud\" is not one of error, warn, none",
        ])
    }

    @Test func ignoreImportsNeedAnArrow() {
        let text = "{\"contracts\": [{\"name\": \"A\", \"type\": \"forbidden\", \"ignore_imports\": [\"a.b c\"],"
            + " \"source_modules\": [\"a\"], \"forbidden_modules\": [\"b\"]}]}"
        #expect(errors(text) == [
            "contracts.json:1:70: error: contracts[0].ignore_imports[0]: \"a.b c\" is not an import expression; write \"importer -> imported\"",
        ])
    }

    @Test func everyErrorOfTheFileIsReportedAtOnceInFileOrder() {
        let text = """
        {
          "exclude": "x",
          "pyton": {},
          "contracts": [{"name": "A", "type": "nope"}]
        }
        """
        #expect(errors(text) == [
            "contracts.json:2:14: error: exclude: expected an array of strings, found a string (write [\"x\"])",
            "contracts.json:3:12: error: pyton: unknown key \"pyton\"; did you mean \"python\"?",
            "contracts.json:4:39: error: contracts[0].type: unknown contract type \"nope\" (known types: acyclic_siblings, declared_dependencies, forbidden, independence, layers, protected)",
        ])
    }

    @Test func declaredDependenciesOptions() {
        let text = """
        {
          "swift": {},
          "contracts": [{"name": "A", "type": "declared_dependencies", "unused": "sometimes", "module": ["App"]}]
        }
        """
        #expect(errors(text) == [
            "contracts.json:3:74: error: contracts[0].unused: \"sometimes\" is not one of error, warn, none",
            "contracts.json:3:97: error: contracts[0].module: unknown key \"module\"; did you mean \"modules\"?",
        ])
    }

    @Test func theIdDefaultsToASlugOfTheName() {
        #expect(ContractDecoder.slug("Domain is pure!") == "domain-is-pure")
        #expect(ContractDecoder.slug("  Feature  A/B ") == "feature-a-b")
    }
}
