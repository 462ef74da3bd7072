/// What running a workbook command asks of the session.
public enum CommandOutcome: Sendable, Equatable {
    case success
    /// Leave the REPL (or stop the script) normally.
    case exit
}

/// A workbook command: its declaration and what it does. Failures are thrown as errors,
/// which the session presents through ``ErrorPresenter``.
public struct WorkbookCommand: Sendable {
    public let spec: CommandSpec
    let action: @Sendable (ParsedArguments, Session) throws -> CommandOutcome

    public init(_ spec: CommandSpec, action: @escaping @Sendable (ParsedArguments, Session) throws -> CommandOutcome) {
        self.spec = spec
        self.action = action
    }
}

/// Every workbook command, found by name or alias.
public struct CommandRegistry: Sendable {
    public let commands: [WorkbookCommand]
    private let byName: [String: Int]

    public init(_ commands: [WorkbookCommand]) {
        self.commands = commands
        var byName: [String: Int] = [:]
        for (index, command) in commands.enumerated() {
            for name in [command.spec.name] + command.spec.aliases {
                precondition(byName[name] == nil, "two workbook commands are called '\(name)'")
                byName[name] = index
            }
        }
        self.byName = byName
    }

    public func command(named name: String) -> WorkbookCommand? {
        byName[name].map { commands[$0] }
    }

    /// Every name and alias, sorted.
    public var allNames: [String] { byName.keys.sorted() }

    /// The workbook's built-in commands.
    public static let standard = CommandRegistry(LessonCommands.all + SessionCommands.all + FileCommands.all + PythonCommands.all
        + IdentityCommands.all + WorldCommands.all + FunctionCommands.all + RoutingCommand.all)
}
