// The tree of a parsed Python regular expression, and `re.error`, as Lib/re/_parser.py builds them.

/// `re.error` (and the few other exceptions `re.compile` raises), with CPython's text:
/// `nothing to repeat at position 0`, plus `(line L, column C)` when the pattern has a newline.
package struct PyRegexError: Error, Equatable, Sendable, CustomStringConvertible {
    package enum Kind: String, Sendable {
        /// `re.error`
        case reError = "re.error"
        case overflowError = "OverflowError"
        case valueError = "ValueError"
        case indexError = "IndexError"
    }

    package var kind: Kind
    /// The bare message (`re.error.msg`).
    package var msg: String
    /// `re.error.pos`, in code points; nil when CPython gives none.
    package var pos: Int?
    package var lineno: Int?
    package var colno: Int?
    /// The exception's text.
    package var message: String

    package init(_ kind: Kind, _ msg: String, pattern: [Unicode.Scalar]? = nil, pos: Int? = nil) {
        self.kind = kind
        self.msg = msg
        self.pos = pos
        var text = msg
        if let pattern, let pos {
            text = "\(msg) at position \(pos)"
            var line = 1
            var lastNewline = -1
            for i in 0..<min(pos, pattern.count) where pattern[i] == "\n" {
                line += 1
                lastNewline = i
            }
            lineno = line
            colno = pos - lastNewline
            if pattern.contains("\n") { text += " (line \(line), column \(pos - lastNewline))" }
        }
        message = text
    }

    package var description: String { "\(kind.rawValue): \(message)" }
}

/// The `re` flags (values as in CPython's `re` module).
package struct PyRegexFlags: OptionSet, Sendable, Hashable {
    package let rawValue: Int
    package init(rawValue: Int) { self.rawValue = rawValue }
    package static let ignoreCase = PyRegexFlags(rawValue: 2)
    package static let locale = PyRegexFlags(rawValue: 4)
    package static let multiline = PyRegexFlags(rawValue: 8)
    package static let dotAll = PyRegexFlags(rawValue: 16)
    package static let unicode = PyRegexFlags(rawValue: 32)
    package static let verbose = PyRegexFlags(rawValue: 64)
    package static let debug = PyRegexFlags(rawValue: 128)
    package static let ascii = PyRegexFlags(rawValue: 256)
    /// The internal TEMPLATE flag (`(?t)`), only there to be refused as CPython does.
    package static let template = PyRegexFlags(rawValue: 1)
}

package enum PyRegexCategory: Sendable, Equatable {
    case digit, notDigit, space, notSpace, word, notWord
}

package enum PyRegexSetItem: Sendable, Equatable {
    case literal(UInt32)
    case range(UInt32, UInt32)
    case category(PyRegexCategory)
}

package enum PyRegexAt: Sendable, Equatable {
    case beginning, beginningString, end, endString, boundary, nonBoundary
}

package enum PyRegexRepeatKind: Sendable, Equatable {
    case greedy, lazy, possessive
}

/// One item of a parsed pattern (sre's `(opcode, argument)` pairs).
package indirect enum PyRegexNode: Sendable, Equatable {
    case literal(UInt32)
    case notLiteral(UInt32)
    case any
    case set(negate: Bool, items: [PyRegexSetItem])
    case at(PyRegexAt)
    case branch([[PyRegexNode]])
    /// A group: capturing when `index` is set; `add`/`del` are scoped flags `(?i:...)`.
    case subpattern(index: Int?, add: PyRegexFlags, del: PyRegexFlags, body: [PyRegexNode])
    case atomic([PyRegexNode])
    case repeatNode(min: Int, max: Int, kind: PyRegexRepeatKind, body: [PyRegexNode])
    case groupRef(Int)
    case groupRefExists(group: Int, yes: [PyRegexNode], no: [PyRegexNode]?)
    case assertion(behind: Bool, negate: Bool, body: [PyRegexNode])
}

package enum PyRegexLimits {
    /// `_sre.MAXREPEAT`: `{m,n}` bounds must stay below it; it also stands for "no upper bound".
    package static let maxRepeat = 4_294_967_295
    package static let maxGroups = 1_073_741_823
    /// `re._parser.MAXWIDTH` stands in as "unbounded" in width computations.
    package static let maxWidth = Int.max
}
