/// A plain table for the terminal: a dim header row, then rows, columns two spaces apart.
struct TextTable {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    init(_ headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
    }

    mutating func add(_ row: [String]) {
        precondition(row.count == headers.count, "a table row needs one cell per column")
        rows.append(row)
    }

    /// The table's lines, each indented by `indent` spaces; the last column is not padded.
    func lines(indent: Int = 2) -> [StyledText] {
        let widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map(TextWrapper.displayWidth).max() ?? 0
        }
        func format(_ cells: [String]) -> String {
            var text = String(repeating: " ", count: indent)
            for (column, cell) in cells.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - TextWrapper.displayWidth(cell))
                let isLast = column == cells.count - 1
                switch alignments[column] {
                case .left: text += cell + (isLast ? "" : padding)
                case .right: text += padding + cell
                }
                if !isLast { text += "  " }
            }
            return text
        }
        return [.styled(format(headers), .dim)] + rows.map { StyledText(Printable.escaped(format($0))) }
    }
}
