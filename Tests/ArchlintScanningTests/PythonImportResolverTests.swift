import ArchlintGraph
import Testing
@testable import ArchlintScanning

/// A package `shop` with sub-packages, as the resolver sees it: module names backed by files.
private let shop = PythonImportResolver(
    modules: ["shop", "shop.models", "shop.api", "shop.api.views", "shop.api.forms", "shop.utils"],
    rootPackages: ["shop"])

/// Resolves `source` as the module `importer` and renders each statement as
/// `imported (full name) line [TC]`.
private func resolved(
    _ source: String, importer: String, isPackage: Bool = false, resolver: PythonImportResolver = shop
) -> [String] {
    let resolution = resolver.resolve(
        pythonImports(source), importer: ModuleName(importer), importerIsPackage: isPackage, path: "x.py")
    return resolution.statements.map { statement in
        var text = "\(statement.imported) (\(statement.importedFullName)) \(statement.location.line)"
        if statement.isTypeChecking { text += " TC" }
        #expect(statement.importer == ModuleName(importer))
        #expect(statement.location.path == "x.py")
        return text
    }
}

@Suite struct PythonImportResolverTests {
    @Test func absoluteImportOfAModule() {
        #expect(resolved("import shop.models", importer: "shop.utils") == ["shop.models (shop.models) 1"])
    }

    @Test func fromImportIsOfTheSubmoduleWhenItExistsElseOfThePackage() {
        #expect(resolved("from shop.api import views, helper", importer: "shop.utils") == [
            "shop.api.views (shop.api.views) 1", "shop.api (shop.api) 1",
        ])
    }

    @Test func plainImportOfAMissingSubmoduleFallsBackOneLevelOnly() {
        // grimp looks at `a.b.c` and `a.b` only; deeper misses are squashed like externals.
        #expect(resolved("import shop.api.missing", importer: "shop.utils") == ["shop.api (shop.api) 1"])
        #expect(resolved("import shop.missing.deeper", importer: "shop.utils") == ["shop (shop.missing.deeper) 1"])
    }

    @Test func relativeImportsFromAModule() {
        let source = "from . import forms\nfrom .forms import Form\nfrom .. import models\nfrom ..models import Order\n"
        #expect(resolved(source, importer: "shop.api.views") == [
            "shop.api.forms (shop.api.forms) 1", "shop.api.forms (shop.api.forms) 2",
            "shop.models (shop.models) 3", "shop.models (shop.models) 4",
        ])
    }

    @Test func relativeImportsFromAPackageStartAtThePackageItself() {
        let source = "from . import views\nfrom .views import View\nfrom .. import utils\n"
        #expect(resolved(source, importer: "shop.api", isPackage: true) == [
            "shop.api.views (shop.api.views) 1", "shop.api.views (shop.api.views) 2", "shop.utils (shop.utils) 3",
        ])
    }

    @Test func relativeImportBeyondTheTopLevelPackageIsReportedAndDropped() {
        let imports = pythonImports("from .. import x\nfrom . import utils\n")
        let resolution = shop.resolve(imports, importer: "shop.models", importerIsPackage: false, path: "x.py")
        #expect(resolution.statements.map(\.imported) == ["shop.utils"])
        #expect(resolution.problems == [
            PythonSourceProblem(
                line: 1, message: "relative import 'from .. import …' goes beyond the top-level package; ignored"),
        ])
        let fromPackage = shop.resolve(
            pythonImports("from ... import x"), importer: "shop.api", importerIsPackage: true, path: "x.py")
        #expect(fromPackage.statements.isEmpty)
        #expect(fromPackage.problems == [
            PythonSourceProblem(
                line: 1, message: "relative import 'from ... import …' goes beyond the top-level package; ignored"),
        ])
    }

    @Test func starImportsAreOfTheModuleItself() {
        #expect(resolved("from shop.api import *", importer: "shop.utils") == ["shop.api (shop.api) 1"])
        #expect(resolved("from . import *", importer: "shop.api", isPackage: true) == ["shop.api (shop.api) 1"])
        #expect(resolved("from requests import *", importer: "shop.utils") == ["requests (requests) 1"])
    }

    @Test func importsOfTheImporterItselfAreKept() {
        #expect(resolved("import shop.utils\nfrom shop.utils import helper", importer: "shop.utils") == [
            "shop.utils (shop.utils) 1", "shop.utils (shop.utils) 2",
        ])
    }

    @Test func externalsAreSquashedToTheirTopLevelNameKeepingTheFullName() {
        #expect(resolved("import os.path\nfrom requests.adapters import HTTPAdapter\nimport yaml", importer: "shop.utils") == [
            "os (os.path) 1", "requests (requests.adapters.HTTPAdapter) 2", "yaml (yaml) 3",
        ])
    }

    @Test func oneStatementPerImportedModuleAndLine() {
        // Two names of one module count once; two external submodules keep both full names.
        #expect(resolved("from shop.api import helper, other\nfrom requests import adapters, sessions", importer: "shop.utils") == [
            "shop.api (shop.api) 1", "requests (requests.adapters) 2", "requests (requests.sessions) 2",
        ])
        #expect(resolved("import os; import os\nimport os", importer: "shop.utils") == ["os (os) 1", "os (os) 2"])
    }

    @Test func typeCheckingFlagIsCarried() {
        #expect(resolved("if TYPE_CHECKING:\n    import shop.models\nimport shop.api", importer: "shop.utils") == [
            "shop.models (shop.models) 2 TC", "shop.api (shop.api) 3",
        ])
    }

    @Test func relativeBases() {
        #expect(shop.relativeBase("a.b.c", isPackage: false, level: 1) == "a.b")
        #expect(shop.relativeBase("a.b.c", isPackage: false, level: 2) == "a")
        #expect(shop.relativeBase("a.b.c", isPackage: false, level: 3) == nil)
        #expect(shop.relativeBase("a.b", isPackage: true, level: 1) == "a.b")
        #expect(shop.relativeBase("a.b", isPackage: true, level: 2) == "a")
        #expect(shop.relativeBase("a.b", isPackage: true, level: 3) == nil)
    }

    @Test func namespacePortionRootsDistillToTheShallowestOutsideName() {
        // Root packages `ns.blue` and `ns.green.alpha`: externals in their namespace keep the
        // segments they share with a root package plus one, and parents of a root are dropped.
        let resolver = PythonImportResolver(
            modules: ["ns.blue", "ns.blue.one", "ns.green.alpha"], rootPackages: ["ns.blue", "ns.green.alpha"])
        #expect(resolved("import ns.red.x\nimport ns.green.beta.y\nimport ns\nimport ns.green\nimport os.path", importer: "ns.blue.one", resolver: resolver) == [
            "ns.red (ns.red.x) 1", "ns.green.beta (ns.green.beta.y) 2", "os (os.path) 5",
        ])
    }

    @Test func namespacePackagesAreResolvedToAndDeeperMissesGoToTheRoot() {
        // `nsroot` and `nsroot.alpha` have no __init__.py: they are namespace packages, which
        // grimp 3.19 resolves to like modules; a miss two levels down is squashed to the root.
        let resolver = PythonImportResolver(
            modules: ["nsroot", "nsroot.alpha", "nsroot.top", "nsroot.alpha.beta"], rootPackages: ["nsroot"])
        let source = "from nsroot.alpha import beta, gamma\nimport nsroot.alpha\nimport nsroot.other.x\nimport nsroot"
        #expect(resolved(source, importer: "nsroot.top", resolver: resolver) == [
            "nsroot.alpha.beta (nsroot.alpha.beta) 1", "nsroot.alpha (nsroot.alpha) 1", "nsroot.alpha (nsroot.alpha) 2",
            "nsroot (nsroot.other.x) 3", "nsroot (nsroot) 4",
        ])
    }
}

/// The cases the byte-level resolver computes on slices of one buffer: bases, prefixes, stars.
@Suite struct PythonImportResolverByteCases {
    @Test func relativeImportsBeyondTheTopFromDeepModulesAndPackages() {
        // `shop.api.views` is a module: one dot is `shop.api`, two are `shop`, three go beyond.
        let source = "from .. import models\nfrom ... import x\nfrom ..models import Order\nfrom .... import y\n"
        #expect(resolved(source, importer: "shop.api.views") == ["shop.models (shop.models) 1", "shop.models (shop.models) 3"])
        let resolution = shop.resolve(pythonImports(source), importer: "shop.api.views", importerIsPackage: false, path: "x.py")
        #expect(resolution.problems.map(\.line) == [2, 4])
        #expect(resolved("from ... import x", importer: "shop.api", isPackage: true).isEmpty)
        #expect(resolved("from .. import models", importer: "shop.api", isPackage: true) == ["shop.models (shop.models) 1"])
    }

    @Test func fromDotImportInAPackageAndInAModule() {
        #expect(resolved("from . import models", importer: "shop", isPackage: true) == ["shop.models (shop.models) 1"])
        #expect(resolved("from . import utils", importer: "shop.models") == ["shop.utils (shop.utils) 1"])
        // A name that is no module is of the base itself.
        #expect(resolved("from . import thing", importer: "shop.models") == ["shop (shop) 1"])
        #expect(resolved("from . import thing", importer: "shop.api", isPackage: true) == ["shop.api (shop.api) 1"])
    }

    @Test func starImportsOfInternalAndMissingModules() {
        #expect(resolved("from shop import *", importer: "shop.api") == ["shop (shop) 1"])
        #expect(resolved("from shop.missing import *", importer: "shop.api") == ["shop (shop.missing) 1"])
        #expect(resolved("from os.path import *", importer: "shop.api") == ["os (os.path) 1"])
        #expect(resolved("from .missing import *", importer: "shop.api.views") == ["shop (shop.api.missing) 1"])
    }

    @Test func aNameThatIsAPrefixOfAnotherIsNotMistakenForIt() {
        let resolver = PythonImportResolver(modules: ["a", "a.bc", "a.bc.d", "a.b2"], rootPackages: ["a"])
        #expect(resolved("import a.b", importer: "a.bc", resolver: resolver) == ["a (a) 1"])
        #expect(resolved("import a.bcd", importer: "a.bc", resolver: resolver) == ["a (a) 1"])
        #expect(resolved("from a.b import c", importer: "a.bc", resolver: resolver) == ["a (a.b.c) 1"])
        #expect(resolved("from a.bc import d, e", importer: "a", resolver: resolver) == ["a.bc.d (a.bc.d) 1", "a.bc (a.bc) 1"])
        #expect(resolved("import ab.c", importer: "a", resolver: resolver) == ["ab (ab.c) 1"])
    }

    @Test func aDottedRootPackage() {
        let resolver = PythonImportResolver(
            modules: ["ns.portion", "ns.portion.a", "ns.portion.a.b"], rootPackages: ["ns.portion"])
        let source = "from . import b\nfrom .. import a\nfrom ns.portion.a import b, z\nimport ns.other.y\nimport ns\nimport ns.portion.q.r\n"
        #expect(resolved(source, importer: "ns.portion.a.b", resolver: resolver) == [
            "ns.portion.a.b (ns.portion.a.b) 1", "ns.portion.a (ns.portion.a) 2",
            "ns.portion.a.b (ns.portion.a.b) 3", "ns.portion.a (ns.portion.a) 3",
            // Inside a dotted root, a miss keeps one segment past the root (grimp's distilling).
            "ns.other (ns.other.y) 4", "ns.portion.q (ns.portion.q.r) 6",
        ])
        #expect(resolved("from .. import a", importer: "ns.portion.a.b", resolver: resolver) == ["ns.portion.a (ns.portion.a) 1"])
        #expect(resolved("from ... import x", importer: "ns.portion.a", resolver: resolver).isEmpty)
    }

    @Test func externalsAreDroppedWithoutIncludeExternalPackages() {
        let resolver = PythonImportResolver(
            modules: ["shop", "shop.models", "shop.api"], rootPackages: ["shop"], includeExternals: false)
        let source = "import os.path\nfrom requests import get\nimport shop.missing.x\nfrom shop.api import y\nfrom os import *\n"
        #expect(resolved(source, importer: "shop.models", resolver: resolver) == ["shop.api (shop.api) 4"])
        let resolution = resolver.resolve(pythonImports(source), importer: "shop.models", importerIsPackage: false, path: "x.py")
        #expect(resolution.externalNames.isEmpty)
    }

    @Test func duplicateNamesOnOneLineCountOnce() {
        #expect(resolved("from shop import models, models, api, models", importer: "shop.utils") == [
            "shop.models (shop.models) 1", "shop.api (shop.api) 1",
        ])
        #expect(resolved("from requests import a, a, b\nfrom requests import a", importer: "shop.utils") == [
            "requests (requests.a) 1", "requests (requests.b) 1", "requests (requests.a) 2",
        ])
        let resolution = shop.resolve(
            pythonImports("from requests import a, b\nimport requests"), importer: "shop.utils", importerIsPackage: false, path: "x.py")
        #expect(resolution.externalNames == ["requests"])
    }

    @Test func internalStatementsShareTheTablesNames() {
        let resolution = shop.resolve(pythonImports("import shop.models"), importer: "shop.utils", importerIsPackage: false, path: "x.py")
        #expect(resolution.statements.first?.imported.byteHash == ModuleName("shop.models").byteHash)
    }
}
