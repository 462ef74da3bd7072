import LambdaSim

/// `aws SERVICE OPERATION help`, derived from the declaration, laid out like the CLI's text help
/// (NAME, DESCRIPTION, SYNOPSIS, OPTIONS, GLOBAL OPTIONS), without the man-page formatting.
enum OperationHelp {
    static func render(_ declaration: AWSOperationDeclaration) -> String {
        var lines: [String] = []
        lines += ["NAME", "       \(declaration.name) -", ""]
        lines += ["DESCRIPTION"] + wrap(declaration.summary, indent: 7) + [""]
        lines += ["SYNOPSIS", "            \(declaration.name)"]
        for parameter in declaration.parameters where !parameter.isHidden {
            lines.append("          " + synopsis(parameter))
        }
        lines += ["          [--cli-input-json <value>]", "          [--generate-cli-skeleton <value>]",
                  "          [--debug]", "          [--output <value>]", "          [--query <value>]",
                  "          [--region <value>]", "          [--cli-binary-format <value>]", ""]
        lines.append("OPTIONS")
        if declaration.parameters.isEmpty {
            lines += ["       None", ""]
        }
        for parameter in declaration.parameters where !parameter.isHidden {
            lines += options(parameter)
        }
        for (name, help) in OperationHelp.operationOptions {
            lines.append("       \(name) (string)")
            lines += wrap(help, indent: 10) + [""]
        }
        lines.append("GLOBAL OPTIONS")
        for option in GlobalOption.all {
            lines.append("       \(option.name)" + (option.takesValue ? " (string)" : " (boolean)"))
            lines += wrap(option.help, indent: 10)
            if !option.choices.isEmpty { lines += ["", "          Possible values:"] + option.choices.map { "          o \($0)" } }
            lines.append("")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let operationOptions = OperationOption.help

    private static func synopsis(_ parameter: AWSParameter) -> String {
        let text: String
        if parameter.isPositional {
            text = "<\(parameter.cliName)>"
        } else if let negated = parameter.negatedCLIName {
            text = "\(parameter.cliName) | \(negated)"
        } else {
            text = "\(parameter.cliName) <value>"
        }
        return parameter.isRequiredOnCommandLine && !parameter.isFlag ? text : "[\(text)]"
    }

    private static func options(_ parameter: AWSParameter) -> [String] {
        var lines: [String] = []
        if let negated = parameter.negatedCLIName {
            lines.append("       \(parameter.cliName) | \(negated) (boolean)")
        } else {
            lines.append("       \(parameter.cliName) (\(parameter.shape.typeName))")
        }
        lines += wrap(parameter.help.isEmpty ? "(no description)" : parameter.help, indent: 10)
        if !parameter.shape.choices.isEmpty {
            lines += ["", "          Possible values:", ""] + parameter.shape.choices.map { "          o \($0)" }
        }
        if case .list(let member) = parameter.shape.kind, !member.choices.isEmpty {
            lines += ["", "          Possible values:", ""] + member.choices.map { "          o \($0)" }
        }
        if parameter.shape.acceptsShorthand, let shorthand = shorthandSyntax(parameter.shape) {
            lines += ["", "       Shorthand Syntax:", "", "          " + shorthand]
        }
        if parameter.shape.isComplex {
            lines += ["", "       JSON Syntax:", ""] + Skeleton.value(for: parameter.shape).rendered(indent: 2).lines.map { "          " + $0 }
        }
        lines.append("")
        return lines
    }

    /// The CLI's generated shorthand example (`ParamShorthandDocGen`): `Variables={KeyName1=string,KeyName2=string}`;
    /// a list parameter documents one item followed by ` ...`. Nil when too deep to document.
    static func shorthandSyntax(_ shape: Shape) -> String? {
        if case .list(let member) = shape.kind { return docs(member, depth: 0).map { $0 + " ..." } }
        return docs(shape, depth: 0)
    }

    private static func docs(_ shape: Shape, depth: Int) -> String? {
        guard depth <= 3 else { return nil }
        switch shape.kind {
        case .structure(let members):
            var parts: [String] = []
            for member in members {
                guard let inner = docs(member.shape, depth: depth + 1) else { return nil }
                parts.append("\(member.name)=\(inner)")
            }
            let inner = parts.joined(separator: ",")
            return depth == 0 ? inner : "{\(inner)}"
        case .list(let member):
            guard let element = docs(member, depth: depth + 1) else { return nil }
            return member.isComplex || depth > 1 ? "[\(element),\(element)]" : "\(element),\(element)"
        case .map(_, let value):
            guard let inner = docs(value, depth: depth + 1) else { return nil }
            let pairs = "KeyName1=\(inner),KeyName2=\(inner)"
            return depth == 0 ? pairs : "{\(pairs)}"
        default:
            return shape.typeName
        }
    }

    /// Words wrapped at 79 columns with `indent` spaces.
    static func wrap(_ text: String, indent: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.lines {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, indent + line.count + 1 + word.count > 79 {
                    lines.append(String(repeating: " ", count: indent) + line)
                    line = ""
                }
                line += line.isEmpty ? String(word) : " " + word
            }
            lines.append(line.isEmpty ? "" : String(repeating: " ", count: indent) + line)
        }
        return lines
    }
}

/// `--generate-cli-skeleton input`: every input member with a placeholder of its type.
enum Skeleton {
    static func input(for declaration: AWSOperationDeclaration) -> JSONValue {
        value(for: declaration.inputShape)
    }

    static func value(for shape: Shape, depth: Int = 0) -> JSONValue {
        switch shape.kind {
        case .string: return .string(shape.choices.first ?? "")
        case .integer, .long: return .number(.integer(0))
        case .double: return .number(.float(0.0))
        case .boolean: return .bool(true)
        case .blob: return .null
        case .timestamp: return .string("1970-01-01T00:00:00")
        case .any: return .object([:])
        case .list(let member): return depth > 6 ? .array([]) : .array([value(for: member, depth: depth + 1)])
        case .map(_, let valueShape): return depth > 6 ? .object([:]) : ["KeyName": value(for: valueShape, depth: depth + 1)]
        case .structure(let members):
            return .object(JSONObject(members.map { ($0.name, value(for: $0.shape, depth: depth + 1)) }))
        }
    }
}
