@testable import AWSCommandLine
import LambdaSim
import Testing

@Suite("Operation declarations")
struct DeclarationTests {
    @Test("CLI names derive from API names as botocore's xform_name makes them", arguments: [
        ("GetFunction", "get-function"), ("FunctionName", "function-name"), ("KMSKeyArn", "kms-key-arn"), ("S3Bucket", "s3-bucket"),
        ("ListEventSourceMappings", "list-event-source-mappings"), ("CodeSha256", "code-sha256"), ("VpcConfig", "vpc-config"),
        ("GetFunctionUrlConfig", "get-function-url-config"), ("S3ObjectVersion", "s3-object-version"), ("SnapStart", "snap-start"),
        ("ImageURI", "image-uri"), ("X", "x"),
    ])
    func names(apiName: String, cliName: String) {
        #expect(CLIName.kebab(apiName) == cliName)
    }

    @Test("A declaration derives its CLI name, option names and input shape")
    func derived() {
        let declaration = EchoOperations.invoke
        #expect(declaration.name == "invoke")
        #expect(declaration.parameters.map(\.cliName) == ["--function-name", "--invocation-type", "--payload", "--qualifier", "outfile"])
        guard case .structure(let members) = declaration.inputShape.kind else { Issue.record("input is not a structure"); return }
        #expect(members.map(\.name) == ["FunctionName", "InvocationType", "Payload", "Qualifier"])
    }

    @Test("Help shows the synopsis with required options bare, optional ones bracketed, booleans paired")
    func helpSynopsis() {
        let help = OperationHelp.render(EchoOperations.createFunction)
        #expect(help.contains("""
            SYNOPSIS
                        create-function
                      --function-name <value>
                      --role <value>
                      [--code <value>]
                      [--zip-file <value>]
                      [--publish | --no-publish]
                      [--architectures <value>]
                      [--tags <value>]
                      [--cli-input-json <value>]
            """))
        #expect(help.contains("       --publish | --no-publish (boolean)\n          Set to true to publish the first version of the function."))
        #expect(help.contains("          Possible values:\n\n          o x86_64\n          o arm64"))
    }

    @Test("Help documents shorthand and JSON syntax for complex parameters", arguments: [
        (EchoOperations.updateConfiguration, "--environment", "Variables={KeyName1=string,KeyName2=string}"),
        (EchoOperations.updateAlias, "--routing-config", "AdditionalVersionWeights={KeyName1=double,KeyName2=double}"),
        (EchoOperations.putBucketNotification, "--filters", "Name=string,Values=string,string ..."),
        (EchoOperations.createFunction, "--tags", "KeyName1=string,KeyName2=string"),
    ] as [(AWSOperationDeclaration, String, String)])
    func shorthandDocs(declaration: AWSOperationDeclaration, option: String, shorthand: String) {
        let shape = declaration.parameters.first { $0.cliName == option }!.shape
        #expect(OperationHelp.shorthandSyntax(shape) == shorthand)
        #expect(OperationHelp.render(declaration).contains("Shorthand Syntax:\n\n          " + shorthand))
    }

    @Test("Help is reachable with a trailing 'help' after arguments too")
    func helpAfterArguments() {
        #expect(run("lambda invoke --function-name f out.json help").output.hasPrefix("NAME\n       invoke -"))
        #expect(AWSCommandLine.helpText(service: "lambda", operation: "invoke", registry: EchoOperations.registry)?.contains("<outfile>") == true)
        #expect(AWSCommandLine.helpText(service: "lambda", operation: "list-layers") == nil)
    }

    @Test("The registry tells declared, simulated and unknown operations apart")
    func registry() {
        let registry = EchoOperations.registry
        #expect(registry.isSimulated(service: "lambda", operation: "invoke"))
        #expect(!registry.isSimulated(service: "lambda", operation: "delete-function"))
        #expect(registry.operation(service: "lambda", name: "delete-function") != nil)
        #expect(registry.operation(service: "lambda", name: "list-layers") == nil)
        #expect(registry.operations(of: "sts").map(\.declaration.name) == ["get-caller-identity"])
    }

    @Test("Every declared operation is a real AWS CLI operation of its service")
    func declaredOperationsExist() {
        for operation in EchoOperations.registry.operations(of: "lambda") + AWSOperationRegistry.standard.operations(of: "sts") {
            let declaration = operation.declaration
            #expect(AWSServiceCatalogue.operations(of: declaration.service).contains(declaration.name), "\(declaration.service) \(declaration.name)")
        }
    }
}
