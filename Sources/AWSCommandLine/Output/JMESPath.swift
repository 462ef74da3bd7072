import LambdaSim

/// The part of JMESPath (`--query`) that learners use with Lambda: field names (bare or quoted),
/// sub-expressions `a.b`, indexes `[0]` / `[-1]`, projections `[*]`, flattening `[]`, object
/// values `*`, multi-selects `[a, b]` and `{Name: a, Arn: b}`, pipes `|`, `@`, literals
/// `` `...` `` / `'...'`, functions (``JMESPathFunctions``), and filters `[?Runtime=='python3.12' && MemorySize > `256`]` with
/// `== != < <= > >= && || !` and parentheses. Slices say plainly they are not simulated.
///
/// ```swift
/// try JMESPath.parse("Functions[].FunctionName").evaluate(on: response)   // ["a", "b"]
/// ```
indirect enum JMESPath: Equatable {
    case current
    case field(String)
    case index(Int)
    case literal(JSONValue)
    case subexpression(JMESPath, JMESPath)
    /// Evaluate the left side; if it is a list, apply the right side to each item and drop nulls.
    case projection(JMESPath, JMESPath)
    /// Evaluate the left side; if it is an object, apply the right side to each value, dropping nulls.
    case valueProjection(JMESPath, JMESPath)
    case flatten(JMESPath)
    case pipe(JMESPath, JMESPath)
    case multiSelectList([JMESPath])
    case multiSelectHash([(String, JMESPath)])
    /// `left[?condition]` followed by the rest of the chain applied to each kept item.
    case filterProjection(JMESPath, condition: JMESPath, JMESPath)
    case comparison(String, JMESPath, JMESPath)
    case and(JMESPath, JMESPath)
    case or(JMESPath, JMESPath)
    case not(JMESPath)
    /// `&expr`, an argument to `sort_by`, `max_by` and `min_by`.
    case expressionReference(JMESPath)
    case function(String, [JMESPath])

    static func == (lhs: JMESPath, rhs: JMESPath) -> Bool { "\(lhs)" == "\(rhs)" }

    struct Error: Swift.Error, Equatable {
        var message: String
    }

    static func parse(_ text: String) throws(Error) -> JMESPath {
        var parser = Parser(Array(text.unicodeScalars))
        let expression = try parser.expression()
        guard parser.atEnd else { throw parser.error("unexpected \(parser.describeCurrent())") }
        return expression
    }

    func evaluate(on value: JSONValue) throws(Error) -> JSONValue {
        switch self {
        case .current: return value
        case .field(let name): return value.objectValue?[name] ?? .null
        case .index(let index):
            guard let items = value.arrayValue else { return .null }
            let position = index < 0 ? items.count + index : index
            return items.indices.contains(position) ? items[position] : .null
        case .literal(let literal): return literal
        case .subexpression(let left, let right):
            let base = try left.evaluate(on: value)
            return base == .null ? .null : try right.evaluate(on: base)
        case .projection(let left, let right):
            guard let items = try left.evaluate(on: value).arrayValue else { return .null }
            return try Self.project(items, right)
        case .valueProjection(let left, let right):
            guard let object = try left.evaluate(on: value).objectValue else { return .null }
            return try Self.project(object.map(\.value), right)
        case .flatten(let inner):
            guard let items = try inner.evaluate(on: value).arrayValue else { return .null }
            return .array(items.flatMap { $0.arrayValue ?? [$0] })
        case .pipe(let left, let right):
            return try right.evaluate(on: try left.evaluate(on: value))
        case .multiSelectList(let items):
            guard value != .null else { return .null }
            var out: [JSONValue] = []
            for item in items { out.append(try item.evaluate(on: value)) }
            return .array(out)
        case .multiSelectHash(let pairs):
            guard value != .null else { return .null }
            var object = JSONObject()
            for (key, item) in pairs { object[key] = try item.evaluate(on: value) }
            return .object(object)
        case .filterProjection(let left, let condition, let right):
            guard let items = try left.evaluate(on: value).arrayValue else { return .null }
            var kept: [JSONValue] = []
            for item in items where Self.isTruthy(try condition.evaluate(on: item)) { kept.append(item) }
            return try Self.project(kept, right)
        case .comparison(let op, let left, let right):
            return Self.compare(op, try left.evaluate(on: value), try right.evaluate(on: value))
        case .and(let left, let right):
            let first = try left.evaluate(on: value)
            return Self.isTruthy(first) ? try right.evaluate(on: value) : first
        case .or(let left, let right):
            let first = try left.evaluate(on: value)
            return Self.isTruthy(first) ? first : try right.evaluate(on: value)
        case .not(let inner):
            return .bool(!Self.isTruthy(try inner.evaluate(on: value)))
        case .expressionReference:
            throw Error(message: "expression references (&...) are only allowed as function arguments")
        case .function(let name, let arguments):
            return try JMESPathFunctions.call(name, arguments, on: value)
        }
    }

    private static func project(_ items: [JSONValue], _ right: JMESPath) throws(Error) -> JSONValue {
        var out: [JSONValue] = []
        for item in items {
            let projected = try right.evaluate(on: item)
            if projected != .null { out.append(projected) }
        }
        return .array(out)
    }

    /// JMESPath's truth: false, null, "", [] and {} are false.
    static func isTruthy(_ value: JSONValue) -> Bool {
        switch value {
        case .null: return false
        case .bool(let flag): return flag
        case .string(let text): return !text.isEmpty
        case .array(let items): return !items.isEmpty
        case .object(let object): return !object.isEmpty
        case .number: return true
        }
    }

    /// `==`/`!=` on any values (numbers by value); ordering only between numbers, else null.
    static func compare(_ op: String, _ left: JSONValue, _ right: JSONValue) -> JSONValue {
        switch op {
        case "==": return .bool(equal(left, right))
        case "!=": return .bool(!equal(left, right))
        default:
            guard case .number(let a) = left, case .number(let b) = right else { return .null }
            let (x, y) = (a.doubleValue, b.doubleValue)
            switch op {
            case "<": return .bool(x < y)
            case "<=": return .bool(x <= y)
            case ">": return .bool(x > y)
            default: return .bool(x >= y)
            }
        }
    }

    private static func equal(_ left: JSONValue, _ right: JSONValue) -> Bool {
        switch (left, right) {
        case (.number(let a), .number(let b)): return a.doubleValue == b.doubleValue
        case (.array(let a), .array(let b)): return a.count == b.count && zip(a, b).allSatisfy { equal($0, $1) }
        case (.object(let a), .object(let b)):
            return a.count == b.count && a.allSatisfy { member in b[member.key].map { equal(member.value, $0) } ?? false }
        default: return left == right
        }
    }

    private struct Parser {
        let input: [Unicode.Scalar]
        var index = 0
        /// Nesting and chain length are bounded, so that evaluation's recursion stays shallow.
        var depth = 0
        static let maximumDepth = 200

        mutating func enter() throws(Error) {
            depth += 1
            if depth > Self.maximumDepth { throw error("the expression is nested too deeply") }
        }

        init(_ input: [Unicode.Scalar]) { self.input = input }

        var atEnd: Bool { skipSpaceIndex() >= input.count }

        func skipSpaceIndex() -> Int {
            var cursor = index
            while cursor < input.count, input[cursor] == " " || input[cursor] == "\t" || input[cursor] == "\n" { cursor += 1 }
            return cursor
        }

        mutating func peek() -> Unicode.Scalar? {
            index = skipSpaceIndex()
            return index < input.count ? input[index] : nil
        }

        func describeCurrent() -> String {
            let at = skipSpaceIndex()
            return at < input.count ? "'\(Character(input[at]))' at column \(at + 1)" : "end of expression"
        }

        func error(_ message: String) -> Error { Error(message: message) }

        mutating func expect(_ scalar: Unicode.Scalar) throws(Error) {
            guard peek() == scalar else { throw error("expected '\(Character(scalar))' but found \(describeCurrent())") }
            index += 1
        }

        mutating func expression() throws(Error) -> JMESPath {
            try enter()
            defer { depth -= 1 }
            var left = try chain(from: nil)
            while peek() == "|", !isAt("||") {
                index += 1
                left = .pipe(left, try chain(from: nil))
            }
            return left
        }

        func isAt(_ text: String) -> Bool {
            let scalars = Array(text.unicodeScalars)
            let at = skipSpaceIndex()
            guard at + scalars.count <= input.count else { return false }
            return Array(input[at..<at + scalars.count]) == scalars
        }

        // MARK: Filter conditions

        mutating func orCondition() throws(Error) -> JMESPath {
            var left = try andCondition()
            while isAt("||") {
                index = skipSpaceIndex() + 2
                left = .or(left, try andCondition())
            }
            return left
        }

        mutating func andCondition() throws(Error) -> JMESPath {
            var left = try notCondition()
            while isAt("&&") {
                index = skipSpaceIndex() + 2
                left = .and(left, try notCondition())
            }
            return left
        }

        mutating func notCondition() throws(Error) -> JMESPath {
            try enter()
            defer { depth -= 1 }
            if peek() == "!", !isAt("!=") {
                index += 1
                return .not(try notCondition())
            }
            let left = try operand()
            for op in ["==", "!=", "<=", ">=", "<", ">"] where isAt(op) {
                index = skipSpaceIndex() + op.unicodeScalars.count
                return .comparison(op, left, try operand())
            }
            return left
        }

        mutating func operand() throws(Error) -> JMESPath {
            if peek() == "(" {
                index += 1
                let inner = try orCondition()
                try expect(")")
                return inner
            }
            return try chain(from: nil)
        }

        /// A primary expression followed by `.x`, `[n]`, `[]`, `[*]`; projections take the rest of the chain.
        mutating func chain(from start: JMESPath?) throws(Error) -> JMESPath {
            try enter()
            defer { depth -= 1 }
            var links = 0
            var node: JMESPath
            if let start {
                node = start
            } else if peek() == "*" {
                index += 1
                node = .valueProjection(.current, try chain(from: .current))
            } else if peek() == "[" {
                node = .current
            } else {
                node = try primary()
            }
            while let next = peek() {
                links += 1
                if links > Self.maximumDepth { throw error("the expression is too long") }
                if next == "." {
                    index += 1
                    if peek() == "*" {
                        index += 1
                        node = .valueProjection(node, try chain(from: .current))
                        continue
                    }
                    if peek() == "[" || peek() == "{" {
                        node = .subexpression(node, try multiSelect())
                    } else {
                        node = .subexpression(node, try primary())
                    }
                } else if next == "[" {
                    let saved = index
                    index += 1
                    switch peek() {
                    case "]":
                        // Flattening binds looser than a projection's right side: it ends the
                        // projection and flattens its whole result (`a[].b[].c`).
                        if start != nil {
                            index = saved
                            return node
                        }
                        index += 1
                        node = .projection(.flatten(node), try chain(from: .current))
                    case "*":
                        index += 1
                        try expect("]")
                        node = .projection(node, try chain(from: .current))
                    case "?":
                        // A filter binds like `[*]`: inside a projection's right side it nests.
                        index += 1
                        let condition = try orCondition()
                        try expect("]")
                        node = .filterProjection(node, condition: condition, try chain(from: .current))
                    default:
                        if let number = integer() {
                            if peek() == ":" { throw error("slices ([a:b]) are not simulated here") }
                            try expect("]")
                            node = node == .current && start == nil ? .index(number) : .subexpression(node, .index(number))
                        } else if node == .current {
                            index = saved
                            return try multiSelect()
                        } else {
                            throw error("unexpected \(describeCurrent())")
                        }
                    }
                } else {
                    break
                }
            }
            return node
        }

        mutating func integer() -> Int? {
            _ = peek()
            var cursor = index
            if cursor < input.count, input[cursor] == "-" { cursor += 1 }
            let digitsStart = cursor
            while cursor < input.count, ("0"..."9").contains(input[cursor]) { cursor += 1 }
            guard cursor > digitsStart, let value = Int(String(String.UnicodeScalarView(input[index..<cursor]))) else { return nil }
            index = cursor
            return value
        }

        mutating func primary() throws(Error) -> JMESPath {
            guard let scalar = peek() else { throw error("expected an expression but found end of expression") }
            switch scalar {
            case "@": index += 1; return .current
            case "\"":
                let raw = try delimited("\"")
                guard case .string(let name)? = try? JSONValue(parsing: "\"" + raw + "\"") else { throw error("bad quoted identifier \"\(raw)\"") }
                return .field(name)
            case "'":
                return .literal(.string(try delimited("'").replacingAll("\\'", with: "'")))
            case "`":
                let raw = try delimited("`").replacingAll("\\`", with: "`")
                // jmespath.py reads a literal that is not JSON as a string (its legacy rule).
                if let value = try? JSONValue(parsing: raw) { return .literal(value) }
                let leading = String(raw.unicodeScalars.drop { ShorthandParser.isPythonSpace($0) })
                guard let value = try? JSONValue(parsing: "\"" + leading + "\"") else { throw error("bad literal `\(raw)`") }
                return .literal(value)
            case "{", "[":
                return try multiSelect()
            default:
                guard scalar == "_" || scalar.properties.isAlphabetic && scalar.isASCII else {
                    throw error("unexpected \(describeCurrent())")
                }
                let start = index
                while index < input.count, input[index] == "_" || (input[index].isASCII && (input[index].properties.isAlphabetic || ("0"..."9").contains(input[index]))) {
                    index += 1
                }
                let name = String(String.UnicodeScalarView(input[start..<index]))
                if peek() == "(" { return try functionCall(name) }
                return .field(name)
            }
        }

        /// `name(arg, &expr, ...)`, for the functions ``JMESPathFunctions`` knows.
        mutating func functionCall(_ name: String) throws(Error) -> JMESPath {
            guard let arity = JMESPathFunctions.arity[name] else { throw error("Unknown function: \(name)()") }
            try enter()
            defer { depth -= 1 }
            try expect("(")
            var arguments: [JMESPath] = []
            while peek() != ")" {
                if !arguments.isEmpty { try expect(",") }
                if peek() == "&" {
                    index += 1
                    arguments.append(.expressionReference(try expression()))
                } else {
                    arguments.append(try orCondition())
                }
            }
            try expect(")")
            if !arity.contains(arguments.count) {
                let expected = arity.lowerBound == arity.upperBound ? "\(arity.lowerBound)" : "at least \(arity.lowerBound)"
                throw error("Expected \(expected) argument\(arity.lowerBound == 1 ? "" : "s") for function \(name)(), received \(arguments.count)")
            }
            return .function(name, arguments)
        }

        mutating func delimited(_ quote: Unicode.Scalar) throws(Error) -> String {
            index += 1
            let start = index
            while index < input.count, input[index] != quote {
                if input[index] == "\\" { index += 1 }
                index += 1
            }
            guard index < input.count else { throw error("unterminated \(Character(quote))") }
            defer { index += 1 }
            return String(String.UnicodeScalarView(input[start..<index]))
        }

        mutating func multiSelect() throws(Error) -> JMESPath {
            if peek() == "[" {
                index += 1
                var items: [JMESPath] = [try expression()]
                while peek() == "," {
                    index += 1
                    items.append(try expression())
                }
                try expect("]")
                return .multiSelectList(items)
            }
            try expect("{")
            var pairs: [(String, JMESPath)] = []
            repeat {
                if peek() == "," { index += 1 }
                guard case .field(let key) = try primary() else { throw error("expected a key name") }
                try expect(":")
                pairs.append((key, try expression()))
            } while peek() == ","
            try expect("}")
            return .multiSelectHash(pairs)
        }
    }
}
