// Second pass: what IAM checks beyond structure, and compiling the draft into a PolicyDocument.

extension DocumentDraft {
    func validate(as kind: PolicyKind) throws(MalformedPolicyDocument) {
        try validateVersion(kind)
        try validateSids(kind)
        for statement in statements {
            try validateActions(statement, kind)
            try validatePrincipal(statement, kind)
            try validateResources(statement, kind)
            try validateConditions(statement)
        }
    }

    private func validateVersion(_ kind: PolicyKind) throws(MalformedPolicyDocument) {
        if let version, PolicyLanguageVersion(rawValue: version.text) == nil {
            throw MalformedPolicyDocument(.unknownVersion(version.text), at: version.position)
        }
        if kind == .identity && version?.text != PolicyLanguageVersion.v2012_10_17.rawValue {
            throw MalformedPolicyDocument(.versionTooOld(version?.text), at: versionPosition)
        }
    }

    private func validateSids(_ kind: PolicyKind) throws(MalformedPolicyDocument) {
        var seen = Set<String>()
        for statement in statements {
            guard let sid = statement.sid, !sid.text.isEmpty else { continue }
            if kind == .identity && !sid.text.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }) {
                throw MalformedPolicyDocument(.sidNotAlphanumeric(sid.text), at: sid.position)
            }
            if !seen.insert(sid.text).inserted {
                throw MalformedPolicyDocument(.duplicateSid(sid.text), at: sid.position)
            }
        }
    }

    private func validateActions(_ statement: StatementDraft, _ kind: PolicyKind) throws(MalformedPolicyDocument) {
        guard let action = statement.action else { throw MalformedPolicyDocument(.missingAction, at: statement.position) }
        guard !action.values.isEmpty else {
            throw MalformedPolicyDocument(.emptyList(action.negated ? "NotAction" : "Action"), at: action.position)
        }
        for value in action.values {
            let text = value.text
            if text == "*" { continue }
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            if parts.count == 1 { throw MalformedPolicyDocument(.actionWithoutVendor(text), at: value.position) }
            if parts.count > 2 { throw MalformedPolicyDocument(.tooManyColons(text), at: value.position) }
            let vendor = parts[0]
            let validVendor = vendor == "*" || (!vendor.isEmpty && vendor.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == ".")
            })
            if !validVendor { throw MalformedPolicyDocument(.invalidVendor(String(vendor)), at: value.position) }
        }
        if kind == .trust {
            for value in action.values where !Self.isTrustAction(value.text) {
                throw MalformedPolicyDocument(.trustAction(value.text), at: value.position)
            }
        }
    }

    /// Actions a trust policy may name: assuming the role and the session extras that go with it.
    private static func isTrustAction(_ action: String) -> Bool {
        let lowered = action.lowercased()
        if lowered.contains("*") || lowered.contains("?") {
            return lowered == "*" || lowered.hasPrefix("sts:")
        }
        return [
            "sts:assumerole", "sts:assumerolewithsaml", "sts:assumerolewithwebidentity",
            "sts:tagsession", "sts:setsourceidentity", "sts:setcontext",
        ].contains(lowered)
    }

    private func validatePrincipal(_ statement: StatementDraft, _ kind: PolicyKind) throws(MalformedPolicyDocument) {
        switch (kind, statement.principal) {
        case (.identity, let principal?):
            throw MalformedPolicyDocument(.principalNotAllowed(principal.negated ? "NotPrincipal" : "Principal"), at: principal.position)
        case (.identity, nil):
            return
        case (_, nil):
            throw MalformedPolicyDocument(.missingPrincipal, at: statement.position)
        case (_, let principal?):
            for entry in principal.entries where !Self.isValidPrincipal(type: entry.type, value: entry.value.text) {
                throw MalformedPolicyDocument(.invalidPrincipal(type: entry.type, value: entry.value.text), at: entry.value.position)
            }
        }
    }

    private static func isValidPrincipal(type: String, value: String) -> Bool {
        guard let entryType = PrincipalEntry.EntryType(rawValue: type), !value.isEmpty else { return false }
        switch entryType {
        case .aws:
            if value == "*" || isAccountID(value) { return true }
            guard let arn = ARN(value), isAccountID(arn.account), arn.region.isEmpty else { return false }
            switch arn.service {
            case "iam":
                return arn.resource == "root" || arn.resource.hasPrefix("user/") || arn.resource.hasPrefix("role/")
                    || arn.resource.hasPrefix("federated-user/")
            case "sts":
                return arn.resource.hasPrefix("assumed-role/") || arn.resource.hasPrefix("federated-user/")
            default:
                return false
            }
        case .service:
            return value == "*" || (value.contains(".") && !value.contains(" ") && !value.contains(":"))
        case .federated, .canonicalUser:
            return !value.contains(" ")
        }
    }

    static func isAccountID(_ text: String) -> Bool {
        text.utf8.count == 12 && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    private func validateResources(_ statement: StatementDraft, _ kind: PolicyKind) throws(MalformedPolicyDocument) {
        if kind == .trust {
            if let resource = statement.resource {
                throw MalformedPolicyDocument(.resourceInTrustPolicy(resource.negated ? "NotResource" : "Resource"), at: resource.position)
            }
            return
        }
        guard let resource = statement.resource else { throw MalformedPolicyDocument(.missingResource, at: statement.position) }
        guard !resource.values.isEmpty else {
            throw MalformedPolicyDocument(.emptyList(resource.negated ? "NotResource" : "Resource"), at: resource.position)
        }
        for value in resource.values where value.text != "*" {
            guard let parts = ARN.split(value.text) else {
                throw MalformedPolicyDocument(.resourceNotARN(value.text), at: value.position)
            }
            if parts[2].isEmpty || parts[2].contains("*") || parts[2].contains("?") {
                throw MalformedPolicyDocument(.resourceVendorWildcard(value.text), at: value.position)
            }
        }
    }

    private func validateConditions(_ statement: StatementDraft) throws(MalformedPolicyDocument) {
        for condition in statement.conditions {
            if ConditionOperator(condition.operatorName.text) == nil {
                throw MalformedPolicyDocument(.unknownConditionOperator(condition.operatorName.text), at: condition.operatorName.position)
            }
            let parts = condition.key.text.split(separator: ":", omittingEmptySubsequences: false)
            if parts.count < 2 || parts[0].isEmpty {
                throw MalformedPolicyDocument(.conditionKeyWithoutVendor(condition.key.text), at: condition.key.position)
            }
        }
    }

    // MARK: - Compile

    func compile(kind: PolicyKind, text: String) -> PolicyDocument {
        let version = self.version.flatMap { PolicyLanguageVersion(rawValue: $0.text) }
        let variables = version == .v2012_10_17
        let compiled = statements.map { draft in
            Statement(
                index: draft.index,
                sid: draft.sid?.text,
                effect: draft.effect,
                principal: draft.principal.map { principal in
                    PrincipalClause(
                        isNegated: principal.negated,
                        isEveryone: principal.everyone,
                        entries: principal.entries.compactMap { entry in
                            PrincipalEntry.EntryType(rawValue: entry.type).map {
                                PrincipalEntry(type: $0, value: entry.value.text, position: entry.value.position)
                            }
                        }
                    )
                },
                action: ActionClause(
                    isNegated: draft.action?.negated ?? false,
                    patterns: (draft.action?.values ?? []).map { ActionPattern($0.text, at: $0.position) }
                ),
                resource: draft.resource.map { resource in
                    ResourceClause(
                        isNegated: resource.negated,
                        patterns: resource.values.map { ResourcePattern($0.text, at: $0.position, substitutesVariables: variables) }
                    )
                },
                conditions: draft.conditions.compactMap { condition in
                    ConditionOperator(condition.operatorName.text).map {
                        Condition(
                            operator: $0, key: ConditionKey(condition.key.text), values: condition.values,
                            position: condition.operatorName.position
                        )
                    }
                },
                position: draft.position,
                endPosition: draft.endPosition
            )
        }
        return PolicyDocument(kind: kind, version: version, id: id, statements: compiled, text: text)
    }
}
