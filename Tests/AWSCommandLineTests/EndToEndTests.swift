import Synchronization
@testable import AWSCommandLine
import LambdaSim
import Testing

@Suite("aws sts get-caller-identity, end to end")
struct CallerIdentityTests {
    @Test("The default identity is the world's learner user, printed as the real CLI prints it")
    func defaultIdentity() {
        let world = World()
        let userID = world.getCallerIdentity().userID
        let result = run("aws sts get-caller-identity", registry: .standard, world: world)
        #expect(result.exitStatus == 0)
        #expect(result.errorLines.isEmpty)
        #expect(userID.hasPrefix("AIDA") && userID.count == 21)
        #expect(result.output == """
            {
                "UserId": "\(userID)",
                "Account": "123456789012",
                "Arn": "arn:aws:iam::123456789012:user/learner"
            }

            """)
    }

    @Test("A fixed caller identity given by the embedder is used as it is")
    func fixedIdentity() {
        guard case .complete(let words) = CommandWords.scan("sts get-caller-identity --query UserId --output text") else { Issue.record(); return }
        var context = AWSCommandContext(world: World(), caller: .learner(in: .workbook))
        #expect(AWSCommandLine.run(words: words, context: &context).output == "AIDAWORKBOOKLEARNER01\n")
    }

    @Test("After assuming a role in the world, the caller is the role's session")
    func assumedRoleInWorld() throws {
        var world = World()
        let trust = #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}"#
        _ = try world.createRole(CreateRoleRequest(roleName: "deployer", assumeRolePolicyDocument: trust))
        try world.assumeRole(named: "deployer", session: "ci")
        #expect(run("sts get-caller-identity --query Arn --output text", registry: .standard, world: world).output
            == "arn:aws:sts::123456789012:assumed-role/deployer/ci\n")
    }

    @Test("The identity comes from the context: an assumed role in another account")
    func assumedRole() throws {
        guard case .complete(let words) = CommandWords.scan("sts get-caller-identity --output text") else { Issue.record(); return }
        var context = AWSCommandContext(
            world: World(configuration: .init(account: AccountID("210987654321")!)),
            caller: CallerIdentity(arn: "arn:aws:sts::210987654321:assumed-role/deployer/ci", userID: "AROAEXAMPLEROLEID:ci"))
        let result = AWSCommandLine.run(words: words, context: &context)
        #expect(result.output == "210987654321\tarn:aws:sts::210987654321:assumed-role/deployer/ci\tAROAEXAMPLEROLEID:ci\n")
    }

    @Test("Text output lists the scalar values with keys sorted, tab-separated")
    func textOutput() {
        let userID = World().getCallerIdentity().userID
        #expect(run("aws sts get-caller-identity --output text", registry: .standard).output
            == "123456789012\tarn:aws:iam::123456789012:user/learner\t\(userID)\n")
    }

    @Test("A query picks one field; text output prints it bare")
    func query() {
        #expect(run("aws sts get-caller-identity --query Account --output text", registry: .standard).output == "123456789012\n")
        #expect(run("aws sts get-caller-identity --query Account", registry: .standard).output == "\"123456789012\"\n")
    }

    @Test("Unknown options are refused with the CLI's usage text and status 252")
    func unknownOption() {
        let result = run("aws sts get-caller-identity --function-name x", registry: .standard)
        #expect(result.exitStatus == 252)
        #expect(result.errorLines.last == "Unknown options: --function-name, x")
        #expect(result.errorLines.first == "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]")
    }

    @Test("Global options may come before the service")
    func leadingGlobalOptions() {
        let result = run("aws --output text --region us-east-1 sts get-caller-identity --query Arn", registry: .standard)
        #expect(result.output == "arn:aws:iam::123456789012:user/learner\n")
    }

    @Test("An operation AWS has but the simulation does not says so plainly")
    func notSimulated() {
        let result = run("aws sts assume-role --role-arn x --role-session-name y", registry: .standard)
        #expect(result.errorLines == ["aws sts assume-role: this operation is not simulated yet."])
        #expect(result.exitStatus == 255)
    }

    @Test("A declared operation without a handler parses its flags first, then says it is not simulated yet")
    func declaredWithoutHandler() {
        #expect(errorText("aws lambda delete-function") == AWSCommandLineError.usage.joined(separator: "\n")
            + "\naws: error: the following arguments are required: --function-name")
        #expect(errorText("aws lambda delete-function --function-name f") == "aws lambda delete-function: this operation is not simulated yet.")
    }

    @Test("Help for an operation is derived from its declaration")
    func help() {
        let output = run("aws sts get-caller-identity help", registry: .standard).output
        #expect(output.hasPrefix("NAME\n       get-caller-identity -\n\nDESCRIPTION\n       Returns details about the IAM user or role"))
        #expect(output.contains("OPTIONS\n       None"))
    }

    @Test("Completion offers the operation's flags, boolean negations and global options")
    func completion() {
        let flags = AWSCommandLine.flags(for: "lambda", operation: "create-function", registry: EchoOperations.registry)
        #expect(Array(flags.prefix(5)) == ["--function-name", "--role", "--code", "--zip-file", "--publish"])
        #expect(flags.contains("--no-publish"))
        #expect(flags.contains("--cli-input-json"))
        #expect(flags.contains("--output"))
        #expect(!flags.contains("outfile"))
        #expect(AWSCommandLine.flags(for: "lambda", operation: "list-layers", registry: .standard) == GlobalOption.all.map(\.name))
    }
}

@Suite("Handlers that write the learner's files")
struct OutputFileTests {
    /// An `invoke`-like handler: writes the payload it got to the outfile, prints the status.
    static let registry = AWSOperationRegistry([AWSOperation(LambdaOperations.invoke) { request, context throws(AWSServiceError) in
        context.saveOutput(request.blob("Payload") ?? [], to: request.localString("outfile") ?? "")
        return ["StatusCode": 200, "ExecutedVersion": "$LATEST"]
    }])

    final class Disk: Sendable {
        let written = Mutex<[String: [UInt8]]>([:])
    }

    @Test("The outfile is written after the handler returns, then the response prints")
    func writes() {
        let disk = Disk()
        let files = FileAccess(read: { _ in .failure(.notFound) }, write: { path, bytes in
            if path.hasPrefix("missing/") { return .failure(.notFound) }
            disk.written.withLock { $0[path] = bytes }
            return .success(())
        })
        let result = run("lambda invoke --function-name f --cli-binary-format raw-in-base64-out --payload '{\"ok\": true}' response.json",
                         files: files, registry: Self.registry)
        #expect(result.output == "{\n    \"StatusCode\": 200,\n    \"ExecutedVersion\": \"$LATEST\"\n}\n")
        #expect(disk.written.withLock { $0["response.json"] } == Array("{\"ok\": true}".utf8))

        let failed = run("lambda invoke --function-name f missing/out.json", files: files, registry: Self.registry)
        #expect(failed.errorLines == ["[Errno 2] No such file or directory: 'missing/out.json'"])
        #expect(failed.exitStatus == 255)
        #expect(failed.output == "")
    }
}

@Suite("Handlers written against the simulation")
struct SimulationHandlerTests {
    /// `aws iam get-role` wired the way a service issue would wire it.
    static let registry = AWSOperationRegistry.standard.adding([
        AWSOperation(IAMModel.getRole) { request, context throws(ServiceError) in
            ["Role": try context.world.getRole(named: request.string("RoleName") ?? "").json]
        },
    ])

    @Test("The simulation's ServiceError prints as the CLI's error line with status 254")
    func serviceError() {
        let result = run("iam get-role --role-name nope", registry: Self.registry)
        #expect(result.errorLines.count == 1)
        #expect(result.errorLines.first?.hasPrefix("An error occurred (NoSuchEntity) when calling the GetRole operation: ") == true)
        #expect(result.exitStatus == 254)
    }

    @Test("A successful call prints the simulation's response in the service's key order")
    func success() throws {
        var world = World()
        let trust = #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}"#
        _ = try world.createRole(CreateRoleRequest(roleName: "exec", assumeRolePolicyDocument: trust))
        let result = run("iam get-role --role-name exec --query Role.[RoleName,Arn] --output text", registry: Self.registry, world: world)
        #expect(result.output == "exec\tarn:aws:iam::123456789012:role/exec\n")
    }
}
