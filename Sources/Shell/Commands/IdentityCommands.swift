import AWSCommandLine
import IAM
import LambdaSim

/// `whoami`, `as` and `explain`: who the learner is, switching identity, and why a request was allowed or denied.
enum IdentityCommands {
    static let all: [WorkbookCommand] = [whoami, actAs, explain]

    static let whoami = WorkbookCommand(CommandSpec(
        "whoami", group: .access,
        summary: "Show which IAM identity your AWS commands run as.",
        discussion: "You start as the IAM user 'learner', which has AdministratorAccess. 'as' switches identity."
    )) { _, session in
        let identity = session.world.getCallerIdentity()
        let principal = session.world.callerPrincipal
        let policies = session.world.identityPolicies(of: principal).map(\.name.rawValue)
        let kind = switch session.world.caller {
        case .user(let name): "the IAM user '\(name)'"
        case .assumedRole(let role, let sessionName): "the role '\(role)' (session '\(sessionName)')"
        }
        session.console.line(StyledText("You are \(kind): ") + .styled(identity.arn, .code))
        session.console.line(StyledText("  Policies: " + (policies.isEmpty ? "none" : policies.joined(separator: ", "))))
        return .success
    }

    static let actAs = WorkbookCommand(CommandSpec(
        "as", group: .access,
        summary: "Act as an IAM role or user of the simulated account.",
        discussion: "Later AWS commands are signed as that identity, so its policies decide what they may do. "
            + "'as learner' switches back to the default administrator.",
        arguments: [ArgumentSpec("NAME", help: "a role name (assumed with session name 'learner') or a user name")],
        examples: ["as lambda-exec-role", "as learner"]
    )) { arguments, session in
        let name = arguments.value("NAME")!
        if session.world.iam.role(named: name) != nil {
            try session.world.assumeRole(named: name)
        } else if session.world.iam.user(named: name) != nil {
            try session.world.actAsUser(named: name)
        } else {
            let roles = session.world.iam.sortedRoles.map(\.name)
            let users = session.world.listUsers().map(\.name)
            let suggestion = SpellingSuggestion.closest(to: name, among: roles + users)
            throw ShellError("There is no role or user named '\(Printable.truncated(name))' in the simulated account.",
                             hint: suggestion.map { "Did you mean 'as \($0)'?" }
                                ?? "Roles: \(roles.isEmpty ? "none yet" : roles.joined(separator: ", ")); users: \(users.joined(separator: ", ")).")
        }
        session.console.line(StyledText("Now acting as ") + .styled(session.world.getCallerIdentity().arn, .code) + ".")
        return .success
    }

    static let explain = WorkbookCommand(CommandSpec(
        "explain", group: .access,
        summary: "Explain why the last request was allowed or denied.",
        discussion: "'explain' (or 'explain last') tells the story of the most recent authorization decision: the "
            + "request, each policy and statement and what matched, and the rule that decided. After an invoke it "
            + "explains the invocation instead: first any boto3 call of the handler that the execution role was "
            + "denied, with its trace, then why it was a cold or warm start, which environment ran it, how its "
            + "duration and cost arose and which globals carried over. 'explain access' "
            + "evaluates a request you describe, as the current identity unless --principal names another.",
        arguments: [ArgumentSpec("WHAT", .optional, help: "'last' (the default) or 'access'", completion: .choices(["last", "access"]))],
        options: [
            OptionSpec("--principal", value: "NAME-OR-ARN", help: "a role or user name, or a principal ARN (with 'access')"),
            OptionSpec("--action", value: "ACTION", help: "e.g. lambda:InvokeFunction (with 'access')"),
            OptionSpec("--resource", value: "ARN", help: "the resource ARN, or * (with 'access')"),
            OptionSpec("--context", value: "KEY=VALUE,...", help: "condition keys for the request (with 'access')"),
        ],
        examples: ["explain", "explain access --action s3:GetObject --resource arn:aws:s3:::bucket/key",
                   "explain access --principal my-role --action dynamodb:PutItem --resource '*'"]
    )) { arguments, session in
        switch arguments.value("WHAT") ?? "last" {
        case "last":
            if let last = session.lastInvocation, last.authorization == session.world.lastAuthorization {
                // A boto3 call the execution role was denied is what went wrong: its trace comes first.
                for (index, call) in (last.record.deniedCalls ?? []).enumerated() {
                    InvocationExplanation.renderDenied(call, number: index + 1, of: last.record, on: session.console)
                    session.console.line("")
                }
                InvocationExplanation.render(last.record, in: session.world, on: session.console)
                return .success
            }
            guard let record = session.world.lastAuthorization else {
                throw ShellError("Nothing to explain yet: no request has been authorized in this session.",
                                 hint: "Run an AWS command, or describe one: explain access --action ACTION --resource ARN")
            }
            if let note = record.note {
                session.console.line(.styled("Why S3 asked:", .heading))
                session.console.line(StyledText("  " + Printable.escaped(note)))
                session.console.line("")
            }
            render(record.evaluation, on: session.console)
        case "access":
            guard let action = arguments.option("--action") else {
                throw UsageError(commandName: "explain", usage: "explain access --action ACTION [--resource ARN] [--principal NAME-OR-ARN] [--context KEY=VALUE,...]",
                                 message: "'explain access' needs --action")
            }
            let principal = try principal(arguments.option("--principal"), in: session.world)
            var context = RequestContext()
            for pair in (arguments.option("--context") ?? "").split(separator: ",") {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else {
                    throw ShellError("--context takes KEY=VALUE pairs separated by commas, not '\(Printable.truncated(String(pair)))'.")
                }
                context.set(ConditionKey(parts[0]), to: [parts[1]])
            }
            let resource = arguments.option("--resource") ?? "*"
            // A function ARN brings its resource policy for that qualifier, as Lambda evaluates it on invoke.
            let functionPolicy = resource.hasPrefix("arn:aws:lambda:") && resource.contains(":function:")
                ? session.world.invokeTarget(functionName: resource)?.policy : nil
            let evaluation = session.world.authorize(principal: principal, action: action, resource: resource, context: context,
                                                     resourcePolicy: functionPolicy)
            render(evaluation, on: session.console)
        case let other:
            throw UsageError(commandName: "explain", usage: explainUsage, message: "unknown topic '\(Printable.truncated(other))' (try 'last' or 'access')")
        }
        return .success
    }

    static let explainUsage = "explain [last | access --action ACTION [--resource ARN] [--principal NAME-OR-ARN] [--context KEY=VALUE,...]]"

    /// A role or user name, or a principal ARN; the current identity when absent.
    static func principal(_ text: String?, in world: World) throws -> Principal {
        guard let text else { return world.callerPrincipal }
        if let role = world.iam.role(named: text), let principal = Principal(arn: role.arn) { return principal }
        if let user = world.iam.user(named: text), let principal = Principal(arn: user.arn) { return principal }
        if let principal = Principal(arn: text) { return principal }
        throw ShellError("'\(Printable.truncated(text))' is neither a role or user of the simulated account nor a principal ARN.")
    }

    /// The evaluator's explanation, with its section headings emphasised.
    static func render(_ evaluation: PolicyEvaluation, on console: Console) {
        render(explanation: evaluation.explanation, on: console)
    }

    /// An evaluator's explanation text, with its section headings emphasised.
    static func render(explanation: String, on console: Console) {
        for line in explanation.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = String(line)
            if !text.hasPrefix(" "), text.hasSuffix(":") {
                console.line(.styled(text, .heading))
            } else {
                console.line(StyledText(text))
            }
        }
    }
}
