// toml-test decoder for archlint's TOML reader: prints the tagged JSON toml-test expects.
//   decoder [FILE]          read FILE (or stdin); print JSON, or "line:column: message" on stderr and exit 1
//   decoder --bench FILE N  parse FILE N times and print the time per parse
// Built by scripts/toml-test.sh together with Sources/ArchlintConfigSyntax (one module).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct Decoder {
    static func main() {
        let arguments = CommandLine.arguments
        if arguments.count == 4 && arguments[1] == "--bench" {
            bench(path: arguments[2], runs: Int(arguments[3]) ?? 1000)
            return
        }
        let bytes = arguments.count > 1 ? readFile(arguments[1]) : readStream(stdin)
        do {
            let root = try TOMLReader.parse(bytes)
            var out = ""
            write(table: root, to: &out)
            print(out)
        } catch {
            fputs("\(error)\n", stderr)
            exit(1)
        }
    }

    static func bench(path: String, runs: Int) {
        let bytes = readFile(path)
        var keys = 0
        let clock = ContinuousClock()
        // One warm-up parse so the first-touch costs do not count.
        keys &+= (try? TOMLReader.parse(bytes))?.members.count ?? 0
        let cpuStart = threadCPUTime()
        let elapsed = clock.measure {
            for _ in 0..<runs { keys &+= (try? TOMLReader.parse(bytes))?.members.count ?? 0 }
        }
        let cpu = threadCPUTime() - cpuStart
        let nanoseconds = Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9
        let wall = Int(nanoseconds / Double(runs) / 1000)
        let perParse = Int(cpu / Double(runs) / 1000)
        // CPU time is what the parse costs; wall time also counts waiting on a loaded machine.
        print("\(bytes.count) bytes, \(runs) parses: \(perParse) µs CPU per parse (\(wall) µs wall; checksum \(keys))")
    }

    static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1e9 + Double(time.tv_nsec)
    }

    static func write(table: TOMLTable, to out: inout String) {
        out += "{"
        for (offset, member) in table.members.enumerated() {
            if offset > 0 { out += "," }
            writeString(member.key, to: &out)
            out += ":"
            write(value: member.value, to: &out)
        }
        out += "}"
    }

    static func write(value: TOMLValue, to out: inout String) {
        switch value.kind {
        case .table(let table):
            write(table: table, to: &out)
        case .array(let elements):
            out += "["
            for (offset, element) in elements.enumerated() {
                if offset > 0 { out += "," }
                write(value: element, to: &out)
            }
            out += "]"
        case .string(let text): tagged("string", text, to: &out)
        case .integer(let number): tagged("integer", String(number), to: &out)
        case .float(let number): tagged("float", number.isNaN ? "nan" : number.description, to: &out)
        case .bool(let flag): tagged("bool", flag ? "true" : "false", to: &out)
        case .dateTime(let dateTime): tagged(dateTime.kind.rawValue, dateTime.text, to: &out)
        }
    }

    static func tagged(_ type: String, _ value: String, to out: inout String) {
        out += "{\"type\":\"\(type)\",\"value\":"
        writeString(value, to: &out)
        out += "}"
    }

    static func writeString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{00}"..."\u{1F}", "\u{7F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    static func readFile(_ path: String) -> [UInt8] {
        guard let file = fopen(path, "rb") else {
            fputs("cannot open \(path)\n", stderr)
            exit(2)
        }
        defer { fclose(file) }
        return readStream(file)
    }

    static func readStream(_ file: UnsafeMutablePointer<FILE>) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }
}
