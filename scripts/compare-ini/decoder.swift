// INI decoder for archlint's INI reader, compared with Python's configparser by scripts/compare-ini.sh.
//   decoder FILE   print [[section, [[key, value, lines-or-null], …]], …] as JSON (DEFAULT first,
//                  then the sections; values interpolated, lines as import-linter splits them),
//                  or "line:column: message" on stderr and exit 1
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct Decoder {
    static func main() {
        guard CommandLine.arguments.count == 2 else {
            fputs("usage: decoder FILE\n", stderr)
            exit(2)
        }
        do {
            let document = try INIReader.parse(readFile(CommandLine.arguments[1]))
            var out = "["
            for (offset, name) in (["DEFAULT"] + document.sections.map(\.name)).enumerated() {
                if offset > 0 { out += "," }
                out += "[" + quoted(name) + ",["
                for (index, item) in (try document.items(in: name) ?? []).enumerated() {
                    if index > 0 { out += "," }
                    out += "[" + quoted(item.key) + "," + quoted(item.value) + ","
                    out += item.lines.map { "[" + $0.map(quoted).joined(separator: ",") + "]" } ?? "null"
                    out += "]"
                }
                out += "]]"
            }
            print(out + "]")
        } catch {
            fputs("\(error)\n", stderr)
            exit(1)
        }
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{00}"..."\u{1F}", "\u{7F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func readFile(_ path: String) -> [UInt8] {
        guard let file = fopen(path, "rb") else {
            fputs("cannot open \(path)\n", stderr)
            exit(2)
        }
        defer { fclose(file) }
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
