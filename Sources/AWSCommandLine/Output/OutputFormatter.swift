import LambdaSim

/// Renders a response as the CLI's `--output json` or `--output text` does, after `--query`.
struct OutputFormatter {
    var globals: GlobalSettings

    func render(_ response: JSONValue?) throws(AWSCommandLineError) -> String {
        guard var value = response else { return "" }
        if let query = globals.query {
            do {
                value = try JMESPath.parse(query).evaluate(on: value)
            } catch {
                throw AWSCommandLineError(lines: ["Bad value for --query \(query): \(error.message)"],
                                          exitStatus: AWSExitStatus.generalError)
            }
        }
        switch globals.output {
        case "text": return TextOutput.render(value)
        default:
            // The CLI prints nothing for an empty response object (`response != {}`), but does print
            // other empty or false values, such as a query's `null` or `[]`.
            if value == .object([:]) { return "" }
            return value.rendered() + "\n"
        }
    }
}

/// `--output text`: the CLI's tab-separated format (`awscli/text.py`).
///
/// - An object prints its scalar values (keys sorted) on one line, tab-separated, prefixed by the
///   upper-cased name of the key it sits under; then each non-scalar member under its own key.
/// - A list of objects prints one line per object, with the scalar keys of all of them.
/// - A list of scalars prints on one line (`KEY\tvalue` lines when it sits under a key).
enum TextOutput {
    static func render(_ value: JSONValue) -> String {
        var out = ""
        format(value, identifier: nil, scalarKeys: nil, into: &out)
        return out
    }

    private static func format(_ value: JSONValue, identifier: String?, scalarKeys: [String]?, into out: inout String) {
        switch value {
        case .object(let object): formatObject(object, identifier: identifier, scalarKeys: scalarKeys, into: &out)
        case .array(let items): formatList(items, identifier: identifier, into: &out)
        default: out += value.pythonStr + "\n"
        }
    }

    private static func formatList(_ items: [JSONValue], identifier: String?, into out: inout String) {
        guard !items.isEmpty else { return }
        if items.contains(where: { $0.objectValue != nil }) {
            var keys = Set<String>()
            for item in items {
                for member in item.objectValue ?? [:] where !member.value.isContainer { keys.insert(member.key) }
            }
            let sorted = keys.sorted()
            for item in items { format(item, identifier: identifier, scalarKeys: sorted, into: &out) }
        } else if items.contains(where: { $0.arrayValue != nil }) {
            let scalars = items.filter { !$0.isContainer }
            if !scalars.isEmpty { formatScalars(scalars, identifier: identifier, into: &out) }
            for item in items where item.isContainer { format(item, identifier: identifier, scalarKeys: nil, into: &out) }
        } else {
            formatScalars(items, identifier: identifier, into: &out)
        }
    }

    private static func formatScalars(_ items: [JSONValue], identifier: String?, into out: inout String) {
        if let identifier {
            for item in items { out += identifier.uppercased() + "\t" + item.pythonStr + "\n" }
        } else {
            out += items.map(\.pythonStr).joined(separator: "\t") + "\n"
        }
    }

    private static func formatObject(_ object: JSONObject, identifier: String?, scalarKeys: [String]?, into out: inout String) {
        var scalars: [String] = []
        var nonScalars: [(String, JSONValue)] = []
        if let scalarKeys {
            scalars = scalarKeys.map { object[$0]?.pythonStr ?? "" }
            for key in Set(object.keys).subtracting(scalarKeys).sorted() { nonScalars.append((key, object[key]!)) }
        } else {
            for member in object.members.sorted(by: { $0.key < $1.key }) {
                if member.value.isContainer { nonScalars.append((member.key, member.value)) } else { scalars.append(member.value.pythonStr) }
            }
        }
        if !scalars.isEmpty {
            if let identifier { scalars.insert(identifier.uppercased(), at: 0) }
            out += scalars.joined(separator: "\t") + "\n"
        }
        for (key, value) in nonScalars { format(value, identifier: key, scalarKeys: nil, into: &out) }
    }
}

extension JSONValue {
    var isContainer: Bool {
        switch self {
        case .array, .object: return true
        default: return false
        }
    }
}
