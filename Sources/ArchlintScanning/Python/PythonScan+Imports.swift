/// `PythonScan` as `PythonImport` values, one per statement's dotted name, for tests and for
/// anything that would rather have Strings than records.
extension PythonScan {
    /// A scan holding `imports` as they are (not normalized again). A `from` import without
    /// names, which the scanner never gives, has no record and is left out.
    public init(imports: [PythonImport], problems: [PythonSourceProblem] = []) {
        var nameBytes: [UInt8] = []
        var records: [PythonImportRecord] = []
        for item in imports {
            let moduleStart = UInt32(nameBytes.count)
            nameBytes.append(contentsOf: item.module.utf8)
            let moduleCount = UInt32(nameBytes.count) - moduleStart
            var flags: PythonImportRecord.Flags = [.startsStatement]
            if item.form == .from { flags.insert(.from) }
            if item.isTypeChecking { flags.insert(.typeChecking) }
            if item.isLazy { flags.insert(.lazy) }
            let names = item.form == .from ? item.names : [""]
            for name in names {
                let nameStart = UInt32(nameBytes.count)
                nameBytes.append(contentsOf: name.utf8)
                records.append(
                    PythonImportRecord(
                        moduleStart: moduleStart, moduleCount: moduleCount, nameStart: nameStart,
                        nameCount: UInt32(nameBytes.count) - nameStart, line: UInt32(clamping: item.line),
                        level: UInt32(clamping: item.level), flags: flags))
                flags.remove(.startsStatement)
            }
        }
        self.init(unchecked: nameBytes, records: records, problems: problems)
    }

    /// Every import statement, in source order: a plain import's each dotted name, a `from`
    /// import's names together.
    public var imports: [PythonImport] {
        var imports: [PythonImport] = []
        var index = 0
        while index < records.count {
            let first = records[index]
            var names: [String] = []
            repeat {
                if first.isFrom { names.append(text(records[index].name)) }
                index += 1
            } while index < records.count && !records[index].startsStatement
            imports.append(
                PythonImport(
                    form: first.isFrom ? .from : .plain, level: Int(first.level), module: text(first.module), names: names,
                    line: Int(first.line), isTypeChecking: first.isTypeChecking, isLazy: first.isLazy))
        }
        return imports
    }
}
