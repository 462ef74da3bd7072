// Tables recorded from CPython: one row per line, fields separated by tabs. In a field,
// `\\`, `\t`, `\n`, `\r` and `\u{hex}` stand for the characters they name.

struct TextTable: Sendable {
    let rows: [[String]]

    init(_ text: String) {
        var rows: [[String]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
            rows.append(line.split(separator: "\t", omittingEmptySubsequences: false).map { TextTable.unescape(Substring($0)) })
        }
        self.rows = rows
    }

    static func unescape(_ s: Substring) -> String {
        var out = String.UnicodeScalarView()
        var it = s.unicodeScalars.makeIterator()
        while let c = it.next() {
            guard c == "\\" else { out.append(c); continue }
            switch it.next() {
            case "t": out.append("\t")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "u":
                _ = it.next()  // {
                var hex = ""
                while let h = it.next(), h != "}" { hex.unicodeScalars.append(h) }
                out.append(Unicode.Scalar(UInt32(hex, radix: 16)!)!)
            case let other?: out.append(other)
            case nil: break
            }
        }
        return String(out)
    }
}
