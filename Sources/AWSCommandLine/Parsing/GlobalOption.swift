/// The AWS CLI's global options, declared once: the scanner, `help` and completion read this table.
///
/// Each says what it does here; an option the simulation cannot honour says so when used.
struct GlobalOption: Sendable {
    enum Effect: Sendable {
        /// Honoured by the simulation.
        case honoured
        /// Accepted; it changes nothing here (there is no pager, no TLS, no network timeout).
        case noEffectHere
        /// Refused with this explanation.
        case notSimulated(String)
    }

    var name: String
    var takesValue: Bool
    var choices: [String] = []
    var help: String
    var effect: Effect

    static let all: [GlobalOption] = [
        GlobalOption(name: "--debug", takesValue: false,
                     help: "Shows the API request the command builds (operation and parameters as JSON) on stderr.",
                     effect: .honoured),
        GlobalOption(name: "--endpoint-url", takesValue: true, help: "Override command's default URL with the given URL.",
                     effect: .notSimulated("--endpoint-url is not simulated here: every command runs against the in-process simulation.")),
        GlobalOption(name: "--no-verify-ssl", takesValue: false, help: "No effect here: there is no TLS connection.",
                     effect: .noEffectHere),
        GlobalOption(name: "--no-paginate", takesValue: false, help: "No effect here: results come in one page.",
                     effect: .noEffectHere),
        GlobalOption(name: "--output", takesValue: true, choices: ["json", "text", "table", "yaml", "yaml-stream"],
                     help: "The formatting style for command output: json (default) or text; table and yaml are not simulated.",
                     effect: .honoured),
        GlobalOption(name: "--query", takesValue: true,
                     help: "A JMESPath query to use in filtering the response data (names, dots, [n], [], [*], [?filters], {...}, [...], |, and functions such as length() and sort_by()).",
                     effect: .honoured),
        GlobalOption(name: "--profile", takesValue: true,
                     help: "Use a specific profile from your credential file; only 'default' exists here.",
                     effect: .honoured),
        GlobalOption(name: "--region", takesValue: true, help: "The region to use; only the world's region is simulated.",
                     effect: .honoured),
        GlobalOption(name: "--version", takesValue: false, help: "Display the version of this tool.",
                     effect: .notSimulated("--version: this is the Lambda Workbook's simulation of the AWS CLI v2, not the AWS CLI itself.")),
        GlobalOption(name: "--color", takesValue: true, choices: ["on", "off", "auto"], help: "No effect here: output is not coloured.",
                     effect: .noEffectHere),
        GlobalOption(name: "--no-sign-request", takesValue: false, help: "No effect here: requests are not signed.",
                     effect: .noEffectHere),
        GlobalOption(name: "--ca-bundle", takesValue: true, help: "No effect here: there is no TLS connection.", effect: .noEffectHere),
        GlobalOption(name: "--cli-read-timeout", takesValue: true, help: "No effect here: there is no network.", effect: .noEffectHere),
        GlobalOption(name: "--cli-connect-timeout", takesValue: true, help: "No effect here: there is no network.", effect: .noEffectHere),
        GlobalOption(name: "--cli-binary-format", takesValue: true, choices: ["base64", "raw-in-base64-out"],
                     help: "How blob parameters are read: base64 (the v2 default) or raw-in-base64-out (text as is, as in v1).",
                     effect: .honoured),
        GlobalOption(name: "--no-cli-pager", takesValue: false, help: "Disable cli pager for output (there is no pager here).",
                     effect: .noEffectHere),
        GlobalOption(name: "--cli-auto-prompt", takesValue: false, help: "Automatically prompt for CLI input parameters.",
                     effect: .notSimulated("--cli-auto-prompt is not simulated here: use Tab completion and 'aws SERVICE OPERATION help'.")),
        GlobalOption(name: "--no-cli-auto-prompt", takesValue: false, help: "Disable automatically prompt for CLI input parameters.",
                     effect: .noEffectHere),
    ]

    /// The option a word names, `--output` or `--output=json`.
    static func named(_ word: String) -> GlobalOption? {
        guard word.hasPrefix("--") else { return nil }
        let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
        return all.first { $0.name == name }
    }

    /// The option a word names exactly or by an unambiguous prefix (`--out text`), as argparse reads
    /// the options typed before the service.
    static func matching(_ word: String) -> GlobalOption? {
        if let exact = named(word) { return exact }
        guard word.hasPrefix("--"), word.count >= 3 else { return nil }
        let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
        let candidates = all.filter { $0.name.hasPrefix(name) }
        return candidates.count == 1 ? candidates[0] : nil
    }
}

/// The options every operation accepts besides its own parameters.
enum OperationOption {
    static let cliInputJSON = "--cli-input-json"
    static let cliInputYAML = "--cli-input-yaml"
    static let generateSkeleton = "--generate-cli-skeleton"

    static let help: [(name: String, help: String)] = [
        (cliInputJSON, "Reads arguments from the JSON string provided (or file://PATH). The JSON string follows the format "
            + "provided by --generate-cli-skeleton. Values given on the command line override the JSON."),
        (generateSkeleton, "Prints a JSON skeleton to standard output without sending an API request. "
            + "Use it with --cli-input-json."),
    ]
}

/// How blob parameters (`--payload`, `--zip-file` given inline or with file://) are read.
public enum BinaryFormat: String, Sendable {
    /// The AWS CLI v2 default: the text is base64 and is decoded (`Invalid base64: "..."` otherwise).
    case base64
    /// The text is sent as its UTF-8 bytes, as the AWS CLI v1 did.
    case rawInBase64Out = "raw-in-base64-out"
}

/// The global options of one command, after scanning.
struct GlobalSettings: Equatable, Sendable {
    var output = "json"
    var query: String?
    var profile: String?
    var region: String?
    var binaryFormat = BinaryFormat.base64
    var debug = false
}
