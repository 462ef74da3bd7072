// Policy variables: `${aws:username}` in a Resource or a condition value, replaced from the request context
// (only in documents with Version 2012-10-17).

enum PolicyVariables {
    static func mentionsVariable(_ text: String) -> Bool { text.contains("${") }

    /// Replaces each `${key}` / `${key, 'default'}` with the context's value.
    /// `${*}`, `${?}` and `${$}` stand for the characters themselves.
    /// Returns `nil` (no match) when a key is missing without default or has several values.
    static func substitute(_ text: String, from context: EvaluationContext) -> String? {
        guard mentionsVariable(text) else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.firstRange(of: "${") {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: "}") else {
                result += rest[start.lowerBound...]
                return result
            }
            let body = rest[start.upperBound..<end]
            rest = rest[rest.index(after: end)...]
            switch body {
            case "*", "?", "$":
                result += body
                continue
            default:
                break
            }
            var name = Substring(body)
            var fallback: String?
            if let comma = body.firstIndex(of: ",") {
                name = body[..<comma]
                let defaultPart = body[body.index(after: comma)...].trimmingSpaces
                if defaultPart.count >= 2, defaultPart.first == "'", defaultPart.last == "'" {
                    fallback = String(defaultPart.dropFirst().dropLast())
                }
            }
            let values = context.values(for: ConditionKey(String(name.trimmingSpaces)))
            if let values, values.count == 1 {
                result += values[0]
            } else if values == nil || values?.isEmpty == true, let fallback {
                result += fallback
            } else {
                return nil
            }
        }
        result += rest
        return result
    }

    /// Keys named by `${…}` placeholders in `text`.
    static func keys(in text: String) -> [String] {
        guard mentionsVariable(text) else { return [] }
        var keys: [String] = []
        var rest = Substring(text)
        while let start = rest.firstRange(of: "${"), let end = rest[start.upperBound...].firstIndex(of: "}") {
            let body = rest[start.upperBound..<end]
            let name = (body.firstIndex(of: ",").map { body[..<$0] } ?? body).trimmingSpaces
            if !["*", "?", "$"].contains(name) { keys.append(String(name)) }
            rest = rest[rest.index(after: end)...]
        }
        return keys
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var text = self
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return text
    }
}
