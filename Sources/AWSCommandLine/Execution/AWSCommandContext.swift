import LambdaSim

/// What a command runs against: the simulated world (changed in place), who is calling, and the
/// learner's files. The Shell owns one and passes it `inout` to ``AWSCommandLine/run(words:context:registry:)``.
public struct AWSCommandContext {
    public var world: World
    /// The IAM principal making the call.
    public var caller: CallerIdentity
    /// The learner's workspace, for `file://`, `fileb://` and output files.
    public var files: FileAccess
    /// The live execution environments `lambda invoke` runs functions in (the Shell passes its session's own).
    public var environments = ExecutionEnvironments()
    /// Files a handler asked to write (`invoke`'s outfile); written after it returns.
    var pendingOutputs: [(path: String, bytes: [UInt8])] = []
    /// Text a CLI customization prints instead of a JSON response (`logs tail`), or nil.
    var printedText: String?

    /// - Parameter caller: who signs the commands; by default the world's current identity
    ///   (`world.getCallerIdentity()`: the `learner` IAM user, or the role assumed with `as`).
    public init(world: World, caller: CallerIdentity? = nil, files: FileAccess = .none) {
        self.world = world
        self.caller = caller ?? CallerIdentity(world: world)
        self.files = files
    }

    /// Asks for `bytes` to be written to the learner's file `path` once the handler returns, as the
    /// CLI writes `invoke`'s outfile. A failure to write is reported the CLI's way
    /// (`[Errno 2] No such file or directory: 'out/response.json'`, exit status 255) and nothing is printed.
    public mutating func saveOutput(_ bytes: [UInt8], to path: String) {
        pendingOutputs.append((path, bytes))
    }

    /// Prints `text` as the command's whole output, as the CLI's own commands (`logs tail`) print lines rather
    /// than a response; `--output` and `--query` do not apply to it.
    mutating func printText(_ text: String) {
        printedText = (printedText ?? "") + text
    }
}

/// The principal a command is signed as, by its ARN.
public struct CallerIdentity: Hashable, Sendable {
    /// `arn:aws:iam::123456789012:user/learner`, `arn:aws:sts::123456789012:assumed-role/role/session`.
    public var arn: String
    /// The principal's unique id as STS reports it (`AIDA...` for users, `AROA...:session` for roles).
    public var userID: String

    public init(arn: String, userID: String) {
        self.arn = arn
        self.userID = userID
    }

    /// The identity the world says the learner acts as, with the IAM user's or role's unique id.
    public init(world: World) {
        let identity = world.getCallerIdentity()
        self.init(arn: identity.arn, userID: identity.userID)
    }

    /// A fixed stand-in for the learner (an IAM user named `learner` in `account`) for callers with no world at hand.
    public static func learner(in account: AccountID) -> CallerIdentity {
        CallerIdentity(arn: "arn:aws:iam::\(account):user/learner", userID: "AIDAWORKBOOKLEARNER01")
    }

    /// The account id in the ARN (`123456789012`), or empty for a malformed ARN.
    public var account: String {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count > 4 ? String(parts[4]) : ""
    }
}
