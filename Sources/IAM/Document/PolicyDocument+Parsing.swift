// JSON → PolicyDocument, first pass: structure and types (IAM's "Syntax errors in policy.").
// The second pass (PolicyDocument+Validation.swift) checks meaning: versions, vendors, principals, Sids.

extension PolicyDocument {
    /// Parses and validates a policy document as IAM does for the given kind of policy.
    ///
    ///     let trust = try PolicyDocument.parse(#"{"Version":"2012-10-17","Statement":{"Effect":"Allow",
    ///         "Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}}"#, kind: .trust)
    ///
    /// - Throws: ``MalformedPolicyDocument`` with IAM's message and the position of the first problem.
    public static func parse(_ text: String, kind: PolicyKind) throws(MalformedPolicyDocument) -> PolicyDocument {
        let root: JSONValue
        do {
            root = try JSONReader.parse(text)
        } catch {
            throw MalformedPolicyDocument(.notJSON(error.message), at: error.position)
        }
        let draft = try DocumentDraft(root)
        try draft.validate(as: kind)
        return draft.compile(kind: kind, text: text)
    }
}

/// A located string from the document.
struct Located: Sendable, Hashable {
    var text: String
    var position: SourcePosition
}

/// The document after the structural pass: every field has the right JSON type.
struct DocumentDraft {
    var version: Located?
    var versionPosition: SourcePosition
    var id: String?
    var statements: [StatementDraft] = []

    struct StatementDraft {
        var index: Int
        var position: SourcePosition
        var endPosition: SourcePosition
        var sid: Located?
        var effect: Effect
        var principal: PrincipalDraft?
        var action: (negated: Bool, values: [Located], position: SourcePosition)?
        var resource: (negated: Bool, values: [Located], position: SourcePosition)?
        var conditions: [ConditionDraft] = []
        var conditionPosition: SourcePosition?
    }

    struct PrincipalDraft {
        var negated: Bool
        var everyone: Bool
        var entries: [(type: String, value: Located)]
        var position: SourcePosition
    }

    struct ConditionDraft {
        var operatorName: Located
        var key: Located
        var values: [String]
    }

    init(_ root: JSONValue) throws(MalformedPolicyDocument) {
        guard case .object(let members) = root.kind else { throw MalformedPolicyDocument(.notAnObject, at: root.position) }
        versionPosition = root.position
        try Self.rejectDuplicates(members)
        var statementValue: JSONValue?
        for member in members {
            switch member.key {
            case "Version":
                guard case .string(let text) = member.value.kind else {
                    throw Self.wrongType("Version", "a string such as \"2012-10-17\"", member.value)
                }
                version = Located(text: text, position: member.value.position)
                versionPosition = member.value.position
            case "Id":
                guard case .string(let text) = member.value.kind else { throw Self.wrongType("Id", "a string", member.value) }
                id = text
            case "Statement":
                statementValue = member.value
            default:
                throw MalformedPolicyDocument(.unknownField(member.key, in: "the document"), at: member.keyPosition)
            }
        }
        guard let statementValue else { throw MalformedPolicyDocument(.missingStatement, at: root.position) }
        switch statementValue.kind {
        case .object:
            statements = [try Self.statement(statementValue, index: 0)]
        case .array(let elements):
            guard !elements.isEmpty else { throw MalformedPolicyDocument(.emptyStatementList, at: statementValue.position) }
            for (index, element) in elements.enumerated() {
                statements.append(try Self.statement(element, index: index))
            }
        default:
            throw Self.wrongType("Statement", "an object or a list of objects", statementValue)
        }
    }

    // MARK: - Statements

    private static func statement(_ value: JSONValue, index: Int) throws(MalformedPolicyDocument) -> StatementDraft {
        guard case .object(let members) = value.kind else {
            throw wrongType("Statement", "an object or a list of objects", value)
        }
        try rejectDuplicates(members)
        var sid: Located?
        var effect: Effect?
        var principal: PrincipalDraft?
        var action: (negated: Bool, values: [Located], position: SourcePosition)?
        var resource: (negated: Bool, values: [Located], position: SourcePosition)?
        var conditions: [ConditionDraft] = []
        var conditionPosition: SourcePosition?
        for member in members {
            switch member.key {
            case "Sid":
                guard case .string(let text) = member.value.kind else { throw wrongType("Sid", "a string", member.value) }
                sid = Located(text: text, position: member.value.position)
            case "Effect":
                guard case .string(let text) = member.value.kind else {
                    throw wrongType("Effect", "the string \"Allow\" or \"Deny\"", member.value)
                }
                guard let parsed = Effect(rawValue: text) else {
                    throw MalformedPolicyDocument(.invalidEffect(text), at: member.value.position)
                }
                effect = parsed
            case "Principal", "NotPrincipal":
                if principal != nil { throw MalformedPolicyDocument(.bothElements("Principal", "NotPrincipal"), at: member.keyPosition) }
                principal = try principalDraft(member)
            case "Action", "NotAction":
                if action != nil { throw MalformedPolicyDocument(.bothElements("Action", "NotAction"), at: member.keyPosition) }
                action = (member.key == "NotAction", try stringList(member), member.keyPosition)
            case "Resource", "NotResource":
                if resource != nil { throw MalformedPolicyDocument(.bothElements("Resource", "NotResource"), at: member.keyPosition) }
                resource = (member.key == "NotResource", try stringList(member), member.keyPosition)
            case "Condition":
                conditions = try conditionDrafts(member.value)
                conditionPosition = member.keyPosition
            default:
                throw MalformedPolicyDocument(.unknownField(member.key, in: "a statement"), at: member.keyPosition)
            }
        }
        guard let effect else { throw MalformedPolicyDocument(.missingEffect, at: value.position) }
        return StatementDraft(
            index: index, position: value.position, endPosition: value.endPosition, sid: sid, effect: effect, principal: principal,
            action: action, resource: resource, conditions: conditions, conditionPosition: conditionPosition
        )
    }

    /// A string or a list of strings (IAM's usual "one or many").
    private static func stringList(_ member: JSONMember) throws(MalformedPolicyDocument) -> [Located] {
        switch member.value.kind {
        case .string(let text):
            return [Located(text: text, position: member.value.position)]
        case .array(let elements):
            var result: [Located] = []
            for element in elements {
                guard case .string(let text) = element.kind else {
                    throw wrongType(member.key, "a string or a list of strings", element)
                }
                result.append(Located(text: text, position: element.position))
            }
            return result
        default:
            throw wrongType(member.key, "a string or a list of strings", member.value)
        }
    }

    private static func principalDraft(_ member: JSONMember) throws(MalformedPolicyDocument) -> PrincipalDraft {
        let negated = member.key == "NotPrincipal"
        switch member.value.kind {
        case .string("*"):
            return PrincipalDraft(negated: negated, everyone: true, entries: [], position: member.keyPosition)
        case .string(let text):
            throw MalformedPolicyDocument(.invalidPrincipal(type: "AWS", value: text), at: member.value.position)
        case .object(let members):
            try rejectDuplicates(members)
            var entries: [(type: String, value: Located)] = []
            for entry in members {
                for value in try stringList(entry) {
                    entries.append((entry.key, value))
                }
            }
            return PrincipalDraft(negated: negated, everyone: false, entries: entries, position: member.keyPosition)
        default:
            throw wrongType(member.key, "\"*\" or an object such as {\"Service\": \"lambda.amazonaws.com\"}", member.value)
        }
    }

    private static func conditionDrafts(_ value: JSONValue) throws(MalformedPolicyDocument) -> [ConditionDraft] {
        guard case .object(let operators) = value.kind else {
            throw wrongType("Condition", "an object of operators, e.g. {\"StringEquals\": {\"aws:SourceAccount\": \"123456789012\"}}", value)
        }
        try rejectDuplicates(operators)
        var drafts: [ConditionDraft] = []
        for block in operators {
            guard case .object(let keys) = block.value.kind else {
                throw wrongType(block.key, "an object of condition keys and values", block.value)
            }
            try rejectDuplicates(keys)
            for key in keys {
                var values: [String] = []
                switch key.value.kind {
                case .array(let elements):
                    for element in elements { values.append(try scalarText(element, field: key.key)) }
                default:
                    values.append(try scalarText(key.value, field: key.key))
                }
                drafts.append(ConditionDraft(
                    operatorName: Located(text: block.key, position: block.keyPosition),
                    key: Located(text: key.key, position: key.keyPosition),
                    values: values
                ))
            }
        }
        return drafts
    }

    private static func scalarText(_ value: JSONValue, field: String) throws(MalformedPolicyDocument) -> String {
        switch value.kind {
        case .string(let text), .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        default: throw wrongType(field, "a string, number or boolean (or a list of them)", value)
        }
    }

    private static func rejectDuplicates(_ members: [JSONMember]) throws(MalformedPolicyDocument) {
        var seen = Set<String>()
        for member in members where !seen.insert(member.key).inserted {
            throw MalformedPolicyDocument(.duplicateField(member.key), at: member.keyPosition)
        }
    }

    private static func wrongType(_ field: String, _ expected: String, _ value: JSONValue) -> MalformedPolicyDocument {
        MalformedPolicyDocument(.wrongType(field: field, expected: expected, found: value.typeDescription), at: value.position)
    }
}
