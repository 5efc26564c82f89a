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
