// Rendering uncaught exceptions exactly as CPython 3.12 prints them.

extension Runtime {
    /// The full text CPython prints to stderr for an uncaught exception (ends with a newline).
    package func formatException(_ e: PyException) -> String {
        var seen = Set<ObjectIdentifier>()
        return formatChain(e, &seen)
    }

    private func formatChain(_ e: PyException, _ seen: inout Set<ObjectIdentifier>) -> String {
        seen.insert(ObjectIdentifier(e))
        var out = ""
        if let cause = e.cause, !seen.contains(ObjectIdentifier(cause)) {
            out += formatChain(cause, &seen)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if let ctx = e.context, !e.suppressContext, !seen.contains(ObjectIdentifier(ctx)) {
            out += formatChain(ctx, &seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        if !e.traceback.isEmpty {
            out += "Traceback (most recent call last):\n"
            out += formatEntries(e.traceback.reversed()).joined()
        }
        out += exceptionOnlyLines(e)
        return out
    }

    /// Lines like traceback.format_list: one string per entry, with repeated entries collapsed.
    package func formatEntries(_ entries: [TracebackEntry]) -> [String] {
        var result: [String] = []
        var last: (String, Int, String)? = nil
        var count = 0
        func flush() {
            if count > 3 {
                let n = count - 3
                result.append("  [Previous line repeated \(n) more time\(n > 1 ? "s" : "")]\n")
            }
        }
        for entry in entries {
            let key = (entry.filename, entry.line, entry.name)
            if last == nil || last! != key {
                flush()
                last = key
                count = 0
            }
            count += 1
            if count > 3 { continue }
            result.append(formatEntry(entry))
        }
        flush()
        return result
    }

    package func sourceLine(_ filename: String, _ line: Int) -> String? {
        guard let src = sourceFiles[filename] else { return nil }
        var n = 1
        var current = Substring(src)
        while n < line {
            guard let i = current.firstIndex(of: "\n") else { return nil }
            current = current[current.index(after: i)...]
            n += 1
        }
        if let i = current.firstIndex(of: "\n") { current = current[..<i] }
        return String(current).replacingOccurrences(of: "\r", with: "")
    }

    package func formatEntry(_ entry: TracebackEntry) -> String {
        var row = "  File \"\(entry.filename)\", line \(entry.line), in \(entry.name)\n"
        guard let line = sourceLine(entry.filename, entry.line) else { return row }
        let scalars = Array(line.unicodeScalars)
        func isWS(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\u{0C}" || c == "\u{0B}" }
        var lead = 0
        while lead < scalars.count && isWS(scalars[lead]) { lead += 1 }
        var trail = scalars.count
        while trail > lead && isWS(scalars[trail - 1]) { trail -= 1 }
        let stripped = Array(scalars[lead..<trail])
        if stripped.isEmpty { return row }
        row += "    " + String(String.UnicodeScalarView(stripped)) + "\n"
        guard let site = entry.site, site.range.start.line == entry.line else { return row }
        let start = site.range.start.column
        var end: Int
        let sameLine = site.range.end.line == site.range.start.line
        if sameLine { end = min(site.range.end.column, scalars.count) } else { end = trail }
        if start >= end || start > scalars.count { return row }
        let segment = Array(scalars[start..<end])
        var anchors: (Int, Int)? = nil
        if sameLine, let a = site.anchors {
            anchors = computeAnchors(a, segment, start)
        }
        let show = end - start < stripped.count || (anchors.map { $0.1 - $0.0 > 0 } ?? false)
        if !show { return row }
        row += "    " + String(repeating: " ", count: max(start - lead, 0))
        if let (l, r) = anchors {
            row += String(repeating: "~", count: l) + String(repeating: "^", count: r - l) + String(repeating: "~", count: max(end - start - r, 0))
        } else {
            row += String(repeating: "^", count: end - start)
        }
        return row + "\n"
    }

    private func computeAnchors(_ a: ErrorSite.Anchors, _ segment: [Unicode.Scalar], _ start: Int) -> (Int, Int)? {
        func isSpace(_ c: Unicode.Scalar) -> Bool { isPySpace(c) }
        switch a {
        case .binary(let leftEnd, let rightStart):
            guard leftEnd.line == rightStart.line else { return nil }
            let opStart = leftEnd.column - start, opEnd = rightStart.column - start
            guard opStart >= 0, opEnd <= segment.count, opStart <= opEnd else { return nil }
            let opStr = Array(segment[opStart..<opEnd])
            var offset = 0
            while offset < opStr.count && isSpace(opStr[offset]) { offset += 1 }
            var left = opStart + offset
            var right = left + 1
            if offset + 1 < opStr.count && !isSpace(opStr[offset + 1]) { right += 1 }
            while left < segment.count && (isSpace(segment[left]) || segment[left] == ")" || segment[left] == "#") { left += 1; right += 1 }
            return (left, right)
        case .index(let valueEnd, let sliceEnd):
            guard valueEnd.line == sliceEnd.line else { return nil }
            var left = valueEnd.column - start
            var right = sliceEnd.column - start + 1
            guard left >= 0 else { return nil }
            while left < segment.count && (isSpace(segment[left]) || segment[left] != "[") { left += 1 }
            while right < segment.count && (isSpace(segment[right]) || segment[right] != "]") { right += 1 }
            if right < segment.count { right += 1 }
            return (left, right)
        }
    }

    /// The `Type: message` line(s) (plus SyntaxError details and notes).
    package func exceptionOnlyLines(_ e: PyException) -> String {
        var name = e.cls.qualname
        if e.cls.moduleName != "builtins" && e.cls.moduleName != "__main__" { name = e.cls.moduleName + "." + name }
        if let d = e.syntaxDiagnostic {
            var text = d.rendered
            if name != d.kind.rawValue { text = text.replacingOccurrences(of: "\(d.kind.rawValue): ", with: "\(name): ") }
            return text + e.notes.map { $0 + "\n" }.joined()
        }
        var msg = (try? str(.object(e))) ?? "<exception str() failed>"
        if let s = e.suggestion { msg += ". " + s }
        var out = msg.isEmpty ? name + "\n" : name + ": " + msg + "\n"
        for n in e.notes { out += n + "\n" }
        return out
    }
}
