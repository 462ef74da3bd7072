@testable import AWSCommandLine
import LambdaSim
import Testing

@Suite("aws sts get-caller-identity, end to end")
struct CallerIdentityTests {
    @Test("The default learner's identity prints as the real CLI prints it")
    func defaultIdentity() {
        let result = run("aws sts get-caller-identity", registry: .standard)
        #expect(result.exitStatus == 0)
        #expect(result.errorLines.isEmpty)
        #expect(result.output == """
            {
                "UserId": "AIDAWORKBOOKLEARNER01",
                "Account": "123456789012",
                "Arn": "arn:aws:iam::123456789012:user/learner"
            }

            """)
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
        #expect(run("aws sts get-caller-identity --output text", registry: .standard).output
            == "123456789012\tarn:aws:iam::123456789012:user/learner\tAIDAWORKBOOKLEARNER01\n")
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
