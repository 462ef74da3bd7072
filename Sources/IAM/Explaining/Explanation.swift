// A plain-text explanation of an evaluation, written for a learner: the request, every policy and statement
// with what matched and what did not, then the rule that decided. No colour; the Shell may decorate it.

extension PolicyEvaluation {
    /// The whole story of the decision, as a patient teacher would tell it.
    public var explanation: String {
        var lines: [String] = []
        lines += requestLines()
        lines.append("")
        lines.append(trace.isEmpty ? "No policies apply to this request." : "Policies considered (\(trace.count)):")
        for policy in trace {
            lines.append("  \(Self.title(policy.kind)) \(policy.name)")
            for statement in policy.statements {
                lines += Self.lines(for: statement, request: request)
            }
        }
        lines.append("")
        lines += decisionLines()
        if !missingContextValues.isEmpty {
            lines.append("")
            lines.append("Condition keys the policies ask about but the request does not have: "
                + missingContextValues.map(\.name).joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    /// One or two sentences: the decision and the rule that made it.
    public var summary: String { decisionLines().joined(separator: " ") }

    // MARK: - Request

    private func requestLines() -> [String] {
        var lines = [
            "Request:",
            "  Principal: \(request.principal.arn)",
            "  Action:    \(request.action)",
            "  Resource:  \(request.resource)",
        ]
        let given = request.context.allEntries
        if given.isEmpty {
            lines.append("  Context:   (no condition keys given)")
        } else {
            for (offset, entry) in given.enumerated() {
                let label = offset == 0 ? "  Context:   " : "             "
                lines.append(label + "\(entry.key.name) = \(Self.list(entry.values))")
            }
        }
        return lines
    }

    // MARK: - Statements

    private static func title(_ kind: PolicyKind) -> String {
        switch kind {
        case .identity: "Identity-based policy"
        case .resource: "Resource-based policy"
        case .trust: "Role trust policy"
        }
    }

    private static func lines(for statement: StatementTrace, request: AuthorizationRequest) -> [String] {
        let label = statement.reference.sid.flatMap { $0.isEmpty ? nil : "Statement \"\($0)\"" }
            ?? "Statement #\(statement.reference.index + 1)"
        let verdict: String
        switch statement.outcome {
        case .applies: verdict = statement.effect == .allow ? "applies: it ALLOWS the request" : "applies: it DENIES the request"
        case .doesNotApply: verdict = "does not apply"
        case .delegatesToAccount: verdict = "matches only through the caller's account, so it does not allow by itself"
        }
        var lines = ["    \(label) (\(statement.effect.rawValue)) \(verdict)"]
        for check in statement.checks {
            lines.append("      \(check.passed ? "✓" : "✗") \(sentence(for: check, request: request))")
            if let note = check.note { lines.append("        (\(note))") }
        }
        if statement.outcome == .doesNotApply, let failed = statement.failedCheck {
            lines.append("      → the statement is skipped because its \(failed.element.rawValue) \(failed.element == .condition ? "is not met" : "does not match").")
        }
        return lines
    }

    private static func sentence(for check: ElementCheck, request: AuthorizationRequest) -> String {
        let listed = list(check.listed)
        switch check.element {
        case .action:
            return check.passed
                ? "Action: \(request.action) matches \"\(check.matched ?? "")\" (actions ignore case; * and ? are wildcards)."
                : "Action: \(request.action) matches none of \(listed)."
        case .notAction:
            return check.passed
                ? "NotAction: \(request.action) is not among \(listed), so the statement covers it."
                : "NotAction: \(request.action) matches \"\(check.matched ?? "")\", which this statement excludes."
        case .resource:
            return check.passed
                ? "Resource: \(request.resource) matches \"\(check.matched ?? "")\"."
                : "Resource: \(request.resource) matches none of \(listed) (resources are case-sensitive)."
        case .notResource:
            return check.passed
                ? "NotResource: \(request.resource) is not among \(listed), so the statement covers it."
                : "NotResource: \(request.resource) matches \"\(check.matched ?? "")\", which this statement excludes."
        case .principal:
            return check.passed
                ? "Principal: \(request.principal.arn) is covered by \(check.matched ?? "")."
                : "Principal: \(request.principal.arn) is none of \(check.listed.joined(separator: ", "))."
        case .notPrincipal:
            return check.passed
                ? "NotPrincipal: \(request.principal.arn) is not among \(check.listed.joined(separator: ", ")), so the statement covers it."
                : "NotPrincipal: \(request.principal.arn) is excluded by \(check.matched ?? "")."
        case .condition:
            guard let condition = check.condition else { return "Condition." }
            let requestValues = condition.requestValues.map { list($0) } ?? "(missing)"
            var text = "Condition \(condition.operator) on \(condition.key.name): the request has \(requestValues), "
                + "the policy wants \(list(condition.policyValues)) → \(condition.holds ? "true" : "false")."
            if let rule = condition.missingKeyRule { text += " (\(rule))" }
            return text
        }
    }

    // MARK: - Decision

    private func decisionLines() -> [String] {
        switch decision {
        case .explicitlyDenied(let statements):
            return [
                "Decision: DENIED (explicit deny).",
                "Rule: \(Self.sentenceList(statements)) \(statements.count == 1 ? "denies" : "deny") this request, "
                    + "and an explicit Deny always wins over any Allow.",
            ]
        case .allowed(let statements) where statements.isEmpty:
            return [
                "Decision: ALLOWED.",
                "Rule: the caller is the account's root user, who may do anything that no policy explicitly denies.",
            ]
        case .allowed(let statements):
            return [
                "Decision: ALLOWED.",
                "Rule: no Deny applies, and \(Self.sentenceList(statements)) \(statements.count == 1 ? "allows" : "allow") it. "
                    + "An Allow in an identity-based or a resource-based policy is enough within one account.",
            ]
        case .implicitlyDenied(let denial):
            var lines = [
                "Decision: DENIED (implicit deny).",
                "Rule: no statement allows this request, and IAM denies whatever is not explicitly allowed.",
            ]
            for miss in denial.nearMisses {
                let failure = miss.failed.element == .condition ? "is not met" : "does not match"
                lines.append("Closest: \(miss.statement) covers \(request.action), but its \(miss.failed.element.rawValue) "
                    + "\(failure)\(Self.missDetail(miss.failed, request: request)).")
            }
            for statement in denial.delegatedToAccount {
                lines.append("Note: \(statement) names the caller's account, so it only helps if an identity-based policy "
                    + "of the caller also allows \(request.action).")
            }
            if denial.trustPolicyDidNotAllow {
                lines.append("Note: a role's trust policy must itself allow \(request.principal.arn) to \(request.action); "
                    + "an identity-based policy alone is not enough.")
            }
            if denial.nearMisses.isEmpty && denial.delegatedToAccount.isEmpty && !denial.trustPolicyDidNotAllow {
                lines.append(denial.policyCount == 0
                    ? "Missing: the caller has no policies at all. Attach one that allows \(request.action)."
                    : "Missing: no Allow statement mentions \(request.action). Add one that allows it on \(request.resource).")
            }
            return lines
        }
    }

    private static func missDetail(_ check: ElementCheck, request: AuthorizationRequest) -> String {
        switch check.element {
        case .resource: " (it lists \(list(check.listed)), the request is for \(request.resource))"
        case .notResource: " (it excludes \(check.matched ?? "the requested resource"))"
        case .principal: " (it names \(check.listed.joined(separator: ", ")), the caller is \(request.principal.arn))"
        case .notPrincipal: " (it excludes \(check.matched ?? "the caller"))"
        case .condition:
            check.condition.map { c in
                " (\(c.operator) on \(c.key.name) wants \(list(c.policyValues)), the request has \(c.requestValues.map { list($0) } ?? "no such key"))"
            } ?? ""
        case .action, .notAction: ""
        }
    }

    private static func sentenceList(_ statements: [StatementReference]) -> String {
        let texts = statements.map(\.description)
        guard texts.count > 1 else { return texts.first ?? "" }
        return texts.dropLast().joined(separator: ", ") + " and " + texts[texts.count - 1]
    }

    static func list(_ values: [String]) -> String {
        switch values.count {
        case 0: "(nothing)"
        case 1: "\"\(values[0])\""
        default: "[" + values.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        }
    }
}
