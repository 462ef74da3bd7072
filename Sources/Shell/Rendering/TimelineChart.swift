import LambdaSim

/// `timeline`: invocations as bars on a time axis, one row per execution environment.
///
/// Time runs left to right. Bursts of activity are scaled to fill the width; idle stretches between bursts longer
/// than the bursts themselves are cut out and drawn as a break (`≈`, or `~` without colour), with their length
/// underneath. Each bar shows INIT (`░`/`I`) then the invocation (`█`/`#`; `▓`/`!` when it failed).
struct TimelineChart {
    var records: [InvocationRecord]
    var width: Int
    var color: Bool

    private struct Span {
        var begin: Int64   // µs since the epoch
        var initEnd: Int64
        var end: Int64
    }

    private func span(_ record: InvocationRecord) -> Span {
        let begin = record.start.millisecondsSinceEpoch * 1000
        let initEnd = begin + (record.cold ? record.initDurationMicroseconds ?? 0 : 0)
        return Span(begin: begin, initEnd: initEnd, end: initEnd + max(record.durationMicroseconds, 1))
    }

    /// A stretch of time drawn at a uniform scale, or a cut-out idle gap.
    private struct Segment {
        var begin: Int64
        var end: Int64
        var isBreak: Bool
        var column = 0
        var columns = 0
    }

    func lines() -> [StyledText] {
        let spans = records.map(span)
        // Environments in order of first use.
        var environments: [String] = []
        for record in records where !environments.contains(record.environmentID) { environments.append(record.environmentID) }
        let labels = environments.map { id in
            let key = records.first { $0.environmentID == id }.map { "\($0.functionName):\($0.executedVersion)" } ?? ""
            return "\(id) \(key)"
        }
        let labelWidth = min(labels.map(\.count).max() ?? 0, 32)
        // Each row ends with how many invocations it holds: back-to-back warm ones can share a column.
        let counts = environments.map { id in
            let mine = records.filter { $0.environmentID == id }
            let cold = mine.filter(\.cold).count
            return " \(mine.count)×" + (cold > 0 ? " (\(cold) cold)" : "")
        }
        let countWidth = counts.map(\.count).max() ?? 0
        let chartWidth = max(20, width - labelWidth - 3 - countWidth)

        let segments = layout(spans, columns: chartWidth)
        func column(_ time: Int64) -> Int {
            guard let segment = segments.first(where: { !$0.isBreak && time >= $0.begin && time <= $0.end }) else {
                return segments.last.map { $0.column + $0.columns - 1 } ?? 0
            }
            let length = max(1, segment.end - segment.begin)
            let offset = Int((time - segment.begin) * Int64(segment.columns) / length)
            return segment.column + min(segment.columns - 1, offset)
        }

        var rows: [StyledText] = []
        for (index, id) in environments.enumerated() {
            var cells = Array(repeating: (character: Character(" "), style: TextStyle.plain), count: chartWidth)
            for segment in segments where segment.isBreak {
                cells[segment.column + segment.columns / 2] = (color ? "≈" : "~", .dim)
            }
            for (record, span) in zip(records, spans) where record.environmentID == id {
                let failed = record.status != .success
                let first = column(span.begin)
                let initLast = record.cold && span.initEnd > span.begin ? column(span.initEnd - 1) : first - 1
                let last = max(first, column(span.end - 1))
                for position in first...last {
                    if position <= initLast, position < last {
                        cells[position] = (color ? "░" : "I", .warning)
                    } else {
                        cells[position] = failed ? (color ? "▓" : "!", .error) : (color ? "█" : "#", .success)
                    }
                }
            }
            let label = String(labels[index].prefix(labelWidth))
            var row = StyledText(label + String(repeating: " ", count: labelWidth - label.count) + " │")
            for cell in cells { row = row + StyledText(String(cell.character), style: cell.style) }
            row = row + .styled(counts[index], .dim)
            rows.append(row)
        }
        rows.append(StyledText(String(repeating: " ", count: labelWidth) + " └" + String(repeating: "─", count: chartWidth)))
        rows.append(contentsOf: scale(segments, labelWidth: labelWidth, chartWidth: chartWidth))
        let legend = color ? "░ INIT (cold start), █ invocation, ▓ failed, ≈ idle time cut out."
                           : "I INIT (cold start), # invocation, ! failed, ~ idle time cut out."
        for line in HelpRenderer.wrap(legend, width: width - 2) { rows.append(.styled("  " + line, .dim)) }
        return rows
    }

    /// Bursts of activity and the long idle gaps between them, with the columns each gets.
    private func layout(_ spans: [Span], columns: Int) -> [Segment] {
        let sorted = spans.sorted { $0.begin < $1.begin }
        var bursts: [(begin: Int64, end: Int64)] = []
        for span in sorted {
            if let last = bursts.last, span.begin <= last.end { bursts[bursts.count - 1].end = max(last.end, span.end) }
            else { bursts.append((span.begin, span.end)) }
        }
        let busy = bursts.reduce(Int64(0)) { $0 + ($1.end - $1.begin) }
        // A gap longer than all the busy time together (and over 1 ms) is cut out; shorter gaps are drawn to scale.
        let threshold = max(busy, 1000)
        var segments: [Segment] = []
        for burst in bursts {
            if let last = segments.last {
                let gap = burst.begin - last.end
                if gap > threshold {
                    segments.append(Segment(begin: last.end, end: burst.begin, isBreak: true))
                    segments.append(Segment(begin: burst.begin, end: burst.end, isBreak: false))
                } else {
                    segments[segments.count - 1].end = burst.end
                }
            } else {
                segments.append(Segment(begin: burst.begin, end: burst.end, isBreak: false))
            }
        }
        let breakColumns = 3
        let breaks = segments.filter(\.isBreak).count
        let drawn = segments.filter { !$0.isBreak }
        let available = max(drawn.count, columns - breaks * breakColumns)
        let total = max(1, drawn.reduce(Int64(0)) { $0 + ($1.end - $1.begin) })
        var column = 0
        var remaining = available
        var remainingDrawn = drawn.count
        for index in segments.indices {
            if segments[index].isBreak {
                segments[index].column = column
                segments[index].columns = breakColumns
                column += breakColumns
                continue
            }
            remainingDrawn -= 1
            let share = Int((segments[index].end - segments[index].begin) * Int64(available) / total)
            let columnsHere = remainingDrawn == 0 ? remaining : max(1, min(share, remaining - remainingDrawn))
            segments[index].column = column
            segments[index].columns = columnsHere
            column += columnsHere
            remaining -= columnsHere
        }
        return segments
    }

    /// Start times under each burst, and the length of each cut-out gap.
    private func scale(_ segments: [Segment], labelWidth: Int, chartWidth: Int) -> [StyledText] {
        var line = Array(repeating: Character(" "), count: chartWidth + 40)
        var notes: [String] = []
        var free = 0
        for segment in segments {
            if segment.isBreak {
                notes.append(SimulatedDuration(milliseconds: (segment.end - segment.begin) / 1000).description)
                continue
            }
            let time = String(CivilTime(millisecondsSinceEpoch: segment.begin / 1000).iso8601.dropFirst(11).prefix(12))
            guard segment.column >= free, segment.column + time.count <= chartWidth else { continue }
            for (offset, character) in time.enumerated() { line[segment.column + offset] = character }
            free = segment.column + time.count + 1
        }
        let times = String(String(line).reversed().drop { $0 == " " }.reversed())
        var rows = times.isEmpty ? [] : [StyledText(String(repeating: " ", count: labelWidth + 2) + times)]
        let drawn = segments.filter { !$0.isBreak }
        let perColumn = drawn.map { max(1, ($0.end - $0.begin) / Int64(max(1, $0.columns))) }.max() ?? 1
        var note = "One column ≈ \(InvocationView.milliseconds(perColumn))"
        if !notes.isEmpty { note += "; idle time cut out: " + notes.joined(separator: ", ") }
        for line in HelpRenderer.wrap(note + ".", width: width - 2) { rows.append(.styled("  " + line, .dim)) }
        return rows
    }
}
