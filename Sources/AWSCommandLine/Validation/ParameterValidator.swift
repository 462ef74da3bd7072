import LambdaSim

/// Checks a request against its operation's input shape in two steps, as real AWS does:
///
/// 1. ``clientErrors(_:shape:)``: what botocore checks before sending (types, required members,
///    unknown members, `min`), worded as botocore's `Parameter validation failed:` report;
/// 2. ``serviceErrors(_:shape:)``: what the service checks (`max`, `pattern`, enum values), worded as
///    its `ValidationException`: `1 validation error detected: Value '...' at 'functionName' failed to
///    satisfy constraint: Member must have length less than or equal to 64`.
enum ParameterValidator {
    static func clientErrors(_ input: JSONValue, shape: Shape) -> [String] {
        var errors: [String] = []
        validate(input, shape: shape, name: "", errors: &errors)
        return errors
    }

    private static func display(_ name: String) -> String {
        name.isEmpty ? "input" : name.hasPrefix(".") ? String(name.dropFirst()) : name
    }

    private static func validate(_ value: JSONValue, shape: Shape, name: String, errors: inout [String]) {
        func invalidType(_ validTypes: [String]) {
            errors.append("Invalid type for parameter \(display(name)), value: \(value.pythonStr), "
                + "type: <class '\(value.pythonTypeName)'>, valid types: \(validTypes.joined(separator: ", "))")
        }
        func checkMin(_ measured: Double, length: Bool) {
            guard let min = shape.min, measured < min else { return }
            let shown = PythonNumberText.number(min)
            if length {
                errors.append("Invalid length for parameter \(display(name)), value: \(PythonNumberText.number(measured)), valid min length: \(shown)")
            } else {
                errors.append("Invalid value for parameter \(display(name)), value: \(value.pythonStr), valid min value: \(shown)")
            }
        }
        switch shape.kind {
        case .structure(let members):
            guard case .object(let object) = value else { return invalidType(["<class 'dict'>"]) }
            for member in members where member.isRequired && object[member.name] == nil {
                errors.append("Missing required parameter in \(display(name)): \"\(member.name)\"")
            }
            let valid = members.map(\.name).joined(separator: ", ")
            for key in object.keys where !members.contains(where: { $0.name == key }) {
                errors.append("Unknown parameter in \(display(name)): \"\(key)\", must be one of: \(valid)")
            }
            for (key, item) in object {
                guard let member = members.first(where: { $0.name == key }) else { continue }
                validate(item, shape: member.shape, name: "\(name).\(key)", errors: &errors)
            }
        case .map(let keyShape, let valueShape):
            guard case .object(let object) = value else { return invalidType(["<class 'dict'>"]) }
            for (key, item) in object {
                validate(.string(key), shape: keyShape, name: "\(name) (key: \(key))", errors: &errors)
                validate(item, shape: valueShape, name: "\(name).\(key)", errors: &errors)
            }
        case .list(let member):
            guard case .array(let items) = value else { return invalidType(["<class 'list'>", "<class 'tuple'>"]) }
            checkMin(Double(items.count), length: true)
            for (index, item) in items.enumerated() {
                validate(item, shape: member, name: "\(name)[\(index)]", errors: &errors)
            }
        case .string:
            guard case .string(let text) = value else { return invalidType(["<class 'str'>"]) }
            checkMin(Double(text.unicodeScalars.count), length: true)
        case .integer, .long:
            // Python's bool is an int, so botocore lets `true` through here.
            guard case .number(let number) = value, number.isInteger else {
                if case .bool = value { return }
                return invalidType(["<class 'int'>"])
            }
            checkMin(number.doubleValue, length: false)
        case .double:
            guard case .number(let number) = value else {
                if case .bool = value { return }
                return invalidType(["<class 'float'>", "<class 'decimal.Decimal'>", "<class 'int'>"])
            }
            checkMin(number.doubleValue, length: false)
        case .boolean:
            guard case .bool = value else { return invalidType(["<class 'bool'>"]) }
        case .blob:
            guard case .string = value else { return invalidType(["<class 'bytes'>", "<class 'bytearray'>", "file-like object"]) }
        case .any:
            return
        case .timestamp:
            switch value {
            case .string, .number: return
            default: invalidType(["<class 'datetime.datetime'>", "timestamp-string"])
            }
        }
    }

    // MARK: Service-side constraints

    static func serviceErrors(_ input: JSONValue, shape: Shape) -> [String] {
        var errors: [String] = []
        constrain(input, shape: shape, path: "", errors: &errors)
        return errors
    }

    /// The `ValidationException` message for `errors`.
    static func validationMessage(_ errors: [String]) -> String {
        "\(errors.count) validation error\(errors.count == 1 ? "" : "s") detected: " + errors.joined(separator: "; ")
    }

    private static func constrain(_ value: JSONValue, shape: Shape, path: String, errors: inout [String]) {
        func violation(_ shown: String, _ constraint: String) {
            errors.append("Value '\(shown)' at '\(path)' failed to satisfy constraint: \(constraint)")
        }
        func lengthCheck(_ count: Int, shown: String) {
            if let max = shape.max, Double(count) > max {
                violation(shown, "Member must have length less than or equal to \(PythonNumberText.number(max))")
            }
        }
        switch (shape.kind, value) {
        case (.structure(let members), .object(let object)):
            for member in members {
                guard let item = object[member.name] else { continue }
                constrain(item, shape: member.shape, path: path.isEmpty ? lowerCamel(member.name) : "\(path).\(lowerCamel(member.name))",
                          errors: &errors)
            }
        case (.map(_, let valueShape), .object(let object)):
            for (key, item) in object { constrain(item, shape: valueShape, path: "\(path).\(key)", errors: &errors) }
        case (.list(let member), .array(let items)):
            lengthCheck(items.count, shown: value.awsListText)
            for (index, item) in items.enumerated() {
                constrain(item, shape: member, path: "\(path).\(index + 1).member", errors: &errors)
            }
        case (.string, .string(let text)):
            lengthCheck(text.unicodeScalars.count, shown: text)
            if !shape.choices.isEmpty, !shape.choices.contains(text) {
                violation(text, "Member must satisfy enum value set: [\(shape.choices.joined(separator: ", "))]")
            }
            if let pattern = shape.pattern, !matches(text, pattern: pattern) {
                violation(text, "Member must satisfy regular expression pattern: \(pattern)")
            }
        case (.integer, .number(let number)), (.long, .number(let number)), (.double, .number(let number)):
            if let max = shape.max, number.doubleValue > max {
                violation(number.jsonText, "Member must have value less than or equal to \(PythonNumberText.number(max))")
            }
        default:
            break
        }
    }

    private static func matches(_ text: String, pattern: String) -> Bool {
        guard let regex = try? Regex(pattern) else { return true }
        return (try? regex.wholeMatch(in: text)) != nil
    }

    /// `FunctionName` -> `functionName`, as AWS's validation messages name fields.
    static func lowerCamel(_ name: String) -> String {
        guard let first = name.first else { return name }
        return first.lowercased() + name.dropFirst()
    }
}

enum PythonNumberText {
    /// A limit as the model states it: `1` for integral values, `1.5` otherwise.
    static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return JSONNumber.float(value).jsonText
    }
}

extension JSONValue {
    /// A list as AWS's validation messages show it: `[a, b]`.
    var awsListText: String {
        guard case .array(let items) = self else { return pythonStr }
        return "[" + items.map(\.pythonStr).joined(separator: ", ") + "]"
    }
}
