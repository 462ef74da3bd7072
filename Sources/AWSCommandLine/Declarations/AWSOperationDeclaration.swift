/// One AWS operation's command-line surface, declared once: parsing, validation, `help` text and
/// completion all derive from it.
///
/// ```swift
/// let getFunction = AWSOperationDeclaration(
///     service: "lambda", apiName: "GetFunction",
///     summary: "Returns information about the function or function version.",
///     parameters: [
///         .init("FunctionName", .string(min: 1, max: 170), required: true, help: "The name of the Lambda function."),
///         .init("Qualifier", .string(min: 1, max: 128), help: "A version or alias."),
///     ])
/// getFunction.name                              // "get-function"
/// getFunction.parameters[0].cliName             // "--function-name"
/// ```
public struct AWSOperationDeclaration: Hashable, Sendable {
    /// The CLI's service name: `lambda`, `sts`, `s3api`.
    public var service: String
    /// The CLI's operation name: `get-function` (derived from `apiName` unless given).
    public var name: String
    /// The API's operation name: `GetFunction` (error messages use it).
    public var apiName: String
    /// The first paragraph of the operation's documentation.
    public var summary: String
    public var parameters: [AWSParameter]

    public init(service: String, apiName: String, name: String? = nil, summary: String, parameters: [AWSParameter] = []) {
        self.service = service
        self.apiName = apiName
        self.name = name ?? CLIName.operation(apiName)
        self.summary = summary
        self.parameters = parameters
    }

    /// The parameters sent to the service (not the CLI-only ones such as `invoke`'s outfile), as a
    /// structure shape: the shape `--cli-input-json` and validation work on.
    public var inputShape: Shape {
        .structure(parameters.filter { !$0.isLocal && $0.destination == nil }.map {
            Member($0.member, $0.shape, required: $0.isRequired, help: $0.help)
        })
    }

    /// The parameter whose option or positional name is `cliName`.
    func parameter(named cliName: String) -> AWSParameter? {
        parameters.first { $0.cliName == cliName }
    }
}

/// One parameter of an operation: an option (`--function-name VALUE`), a boolean pair
/// (`--publish` / `--no-publish`), or a positional argument (`invoke`'s `outfile`).
public struct AWSParameter: Hashable, Sendable {
    /// The API member name (`FunctionName`), or for a CLI-only parameter the key handlers read it by.
    public var member: String
    /// What the learner types: `--function-name`, or the positional's name (`outfile`).
    public var cliName: String
    public var shape: Shape
    public var isRequired: Bool
    public var help: String
    /// A positional argument (no `--`); its `cliName` is the metavariable shown in usage.
    public var isPositional: Bool
    /// A CLI-only parameter: parsed like the others but not sent to the service (in ``AWSRequest/local``).
    public var isLocal: Bool
    /// Where a CLI option hoisted out of a structure puts its value (`--zip-file` -> `["Code", "ZipFile"]`);
    /// nil for a top-level member.
    public var destination: [String]?
    /// Whether the command line must give this option. Usually the same as ``isRequired``; the CLI
    /// relaxes it where another option can supply the member (`--code` or `--zip-file`).
    public var isRequiredOnCommandLine: Bool
    /// Checks the CLI applies to the value as typed, before anything else reads it.
    public var checks: [ParameterCheck] = []
    /// Accepted but left out of help and completion, as the CLI hides a paginated operation's raw
    /// token and limit options (`--marker`) behind `--starting-token` and `--max-items`.
    public var isHidden = false

    public init(_ member: String, _ shape: Shape, required: Bool = false, help: String = "", cliName: String? = nil) {
        self.member = member
        self.shape = shape
        self.isRequired = required
        self.help = help
        self.cliName = cliName ?? "--" + CLIName.option(member)
        self.isPositional = false
        self.isLocal = false
        self.isRequiredOnCommandLine = required
    }

    /// The same parameter under another option name (`--starting-token`).
    public func named(_ cliName: String) -> AWSParameter {
        var copy = self
        copy.cliName = cliName
        return copy
    }

    /// The same parameter, accepted but left out of help and completion.
    public func hidden() -> AWSParameter {
        var copy = self
        copy.isHidden = true
        return copy
    }

    /// A CLI-only positional argument such as `aws lambda invoke ... outfile`.
    public static func positional(_ name: String, required: Bool = true, help: String) -> AWSParameter {
        var parameter = AWSParameter(name, .string, required: required, help: help, cliName: name)
        parameter.isPositional = true
        parameter.isLocal = true
        return parameter
    }

    /// A CLI-only option that is not sent to the service.
    public static func local(_ name: String, _ shape: Shape, required: Bool = false, help: String) -> AWSParameter {
        var parameter = AWSParameter(name, shape, required: required, help: help, cliName: "--" + name)
        parameter.isLocal = true
        return parameter
    }

    /// Boolean options come in pairs: `--publish` and `--no-publish`.
    var isFlag: Bool { shape.kind == .boolean && !isPositional }

    /// `--no-publish` for a boolean option.
    var negatedCLIName: String? { isFlag ? "--no-" + cliName.dropFirst(2) : nil }

    /// Lists take several words: `--architectures x86_64 arm64`.
    var takesSeveralWords: Bool {
        if case .list = shape.kind { return true }
        return false
    }
}

/// A check the AWS CLI makes on one option's value as typed (its service customizations).
public enum ParameterCheck: Hashable, Sendable {
    /// The value must be a zip archive given with `fileb://`; otherwise `message` (exit status 255).
    case zipArchive(message: String)
    /// The option exists in the real CLI but the simulation cannot do it; giving it prints `message` (exit status 255).
    case notSimulated(message: String)
    /// `logs tail --since`: a relative time (`10m`, `2h`, `1w`) or an ISO 8601 timestamp.
    case tailSince
    /// The structure must not set `member`; the CLI points to another option instead (exit status 255).
    case rejectsMember(String, message: String)
    /// The value is the path of a file the CLI opens itself (S3's streaming `--body`); a missing file is
    /// `Error parsing parameter '--body': Blob values must be a path to a file.` (exit status 252).
    case existingFile
}

/// The CLI's names derived from API names, as botocore's `xform_name` makes them.
enum CLIName {
    /// `GetFunction` -> `get-function`; `ListEventSourceMappings` -> `list-event-source-mappings`.
    static func operation(_ apiName: String) -> String { kebab(apiName) }

    /// `FunctionName` -> `function-name`; `KMSKeyArn` -> `kms-key-arn`; `S3Bucket` -> `s3-bucket`.
    static func option(_ member: String) -> String { kebab(member) }

    /// botocore's `xform_name`: a separator before each capitalised word (`(.)([A-Z][a-z]+)`), then
    /// between a lowercase letter or digit and a capital (`([a-z0-9])([A-Z])`), then lowercase.
    static func kebab(_ name: String) -> String {
        let isUpper = { (c: Character) in c >= "A" && c <= "Z" }
        let isLower = { (c: Character) in c >= "a" && c <= "z" }
        let isDigit = { (c: Character) in c >= "0" && c <= "9" }
        var first: [Character] = []
        let characters = Array(name)
        for (index, character) in characters.enumerated() {
            if index > 0, isUpper(character), index + 1 < characters.count, isLower(characters[index + 1]) {
                first.append("-")
            }
            first.append(character)
        }
        var out = ""
        for (index, character) in first.enumerated() {
            if index > 0, isUpper(character), isLower(first[index - 1]) || isDigit(first[index - 1]) { out.append("-") }
            out.append(character)
        }
        return out.lowercased()
    }
}
