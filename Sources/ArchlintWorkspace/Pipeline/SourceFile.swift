import ArchlintGraph

/// One source file found by a language's discovery, and the module it belongs to.
package struct SourceFile: Sendable {
    /// Relative to the configuration folder (or absolute when its root is), with `/`.
    package let path: String
    /// The file as the process opens it.
    package let absolutePath: String
    /// The module the file is (Python) or belongs to (Swift): one value shared by the module's
    /// node and every statement naming it.
    package let module: ModuleName
    /// True for a Python package's `__init__.py`.
    package let isPackage: Bool

    package init(path: String, absolutePath: String, module: ModuleName, isPackage: Bool = false) {
        self.path = path
        self.absolutePath = absolutePath
        self.module = module
        self.isPackage = isPackage
    }
}

/// What one file contributes once its scan is resolved against the workspace's modules.
package struct FileOutcome: Sendable {
    package var statements: [ImportStatement] = []
    /// Imported names that are not modules of the workspace (found here, on every core).
    package var externals: [ModuleName] = []
    package var diagnostics: [Diagnostic] = []

    package init(statements: [ImportStatement] = [], externals: [ModuleName] = [], diagnostics: [Diagnostic] = []) {
        self.statements = statements
        self.externals = externals
        self.diagnostics = diagnostics
    }
}
