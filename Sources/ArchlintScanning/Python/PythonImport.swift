/// One `import` or `from … import` as written in a Python file, before resolution.
///
/// `import a.b, c` gives two values (one per dotted name); `from .x import y, z` gives one value
/// whose `names` are `["y", "z"]`.
public struct PythonImport: Hashable, Sendable {
    /// `import a.b` or `from m import n`.
    public enum Form: Sendable, Hashable {
        /// `import a.b.c` (`module` is `a.b.c`, `names` is empty).
        case plain
        /// `from m import n, …` (`names` holds each imported name, or `*`).
        case from
    }

    /// Which statement form wrote it.
    public let form: Form
    /// Leading dots of a relative `from` import (0 when absolute).
    public let level: Int
    /// The dotted module after the dots; empty for `from . import x`.
    public let module: String
    /// Names after `from m import`; `["*"]` for a star import; empty for a plain import.
    public let names: [String]
    /// 1-based line where the statement starts (its `import`, `from` or `lazy` keyword).
    public let line: Int
    /// Inside the body of `if TYPE_CHECKING:` or `if <something>.TYPE_CHECKING:`.
    public let isTypeChecking: Bool
    /// Written `lazy import …` / `lazy from … import …` (PEP 810).
    public let isLazy: Bool

    public init(
        form: Form, level: Int = 0, module: String, names: [String] = [], line: Int,
        isTypeChecking: Bool = false, isLazy: Bool = false
    ) {
        self.form = form
        self.level = level
        self.module = module
        self.names = names
        self.line = line
        self.isTypeChecking = isTypeChecking
        self.isLazy = isLazy
    }
}

/// Something in a Python file the scanner could not make sense of; scanning went on past it.
public struct PythonSourceProblem: Hashable, Sendable {
    /// 1-based line where the problem starts.
    public let line: Int
    /// What is wrong, as a sentence fragment (`unterminated triple-quoted string`).
    public let message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }
}

/// The imports of one Python file and the lexical problems met while finding them.
public struct PythonScan: Sendable {
    /// Every import statement, in source order.
    public var imports: [PythonImport] = []
    /// Lexical problems (unterminated strings…), in source order.
    public var problems: [PythonSourceProblem] = []

    public init(imports: [PythonImport] = [], problems: [PythonSourceProblem] = []) {
        self.imports = imports
        self.problems = problems
    }
}
