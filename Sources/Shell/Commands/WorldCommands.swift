import Foundation
import LambdaSim

/// `save`, `open`, `undo`, `clock` and `state`: the simulated cloud as a whole.
enum WorldCommands {
    static let all: [WorkbookCommand] = [save, open, undo, clock, state]

    static let save = WorkbookCommand(CommandSpec(
        "save", group: .world,
        summary: "Save the whole simulated cloud to a workspace file.",
        discussion: "Roles, policies, functions, versions, aliases, logs, S3 buckets and objects, DynamoDB tables, charges and the clock are saved; 'open FILE' "
            + "brings them back, so an instructor can prepare a demo. Running execution environments are not saved.",
        arguments: [ArgumentSpec("FILE", help: "the file to write, e.g. demo.world", completion: .workspacePath)],
        examples: ["save demo.world"]
    )) { arguments, session in
        let path = arguments.value("FILE")!
        let bytes: Data
        do {
            bytes = try session.world.snapshot()
        } catch {
            throw ShellError("The world could not be saved: \(error.localizedDescription)")
        }
        try session.workspace.write(Array(bytes), to: path)
        let world = session.world
        session.console.line(StyledText("Saved the simulated cloud to ") + .styled(path, .code) + ": "
                             + "\(counted(world.lambda.functions.count, "function")), \(counted(world.iam.roles.count, "role")); "
                             + "the clock reads \(world.clock.now).")
        return .success
    }

    static let open = WorkbookCommand(CommandSpec(
        "open", group: .world,
        summary: "Load a simulated cloud written by 'save'.",
        discussion: "It replaces the whole cloud. Execution environments are not saved, so the first invoke of each function after 'open' is a cold "
            + "start. 'undo' goes back to the cloud as it was before 'open'.",
        arguments: [ArgumentSpec("FILE", help: "a file written by 'save'", completion: .workspacePath)],
        examples: ["open demo.world"]
    )) { arguments, session in
        let path = arguments.value("FILE")!
        let opened = try WorldFile.read(try session.workspace.read(path), name: path)
        session.replaceWorld(with: opened)
        let functions = opened.lambda.functions.count
        let roles = opened.iam.roles.count
        session.console.line(StyledText("Opened ") + .styled(path, .code) + ": \(counted(functions, "function")), "
                             + "\(counted(roles, "role")); the clock reads \(opened.clock.now).")
        if functions > 0 {
            session.console.line(.styled("Execution environments are not saved: the next invoke of each function is a cold start.", .dim))
        }
        return .success
    }

    static let undo = WorkbookCommand(CommandSpec(
        "undo", group: .world,
        summary: "Take back the last command that changed the cloud.",
        discussion: "Each 'undo' goes one command further back, up to \(UndoHistory.depth) commands. Commands that only "
            + "look (get, list, describe, cat, state...) are not counted. Undo drops the running execution environments, "
            + "so the next invoke is a cold start.",
        examples: ["undo"]
    )) { _, session in
        guard let (earlier, label) = session.undoHistory.undo() else {
            session.console.line("Nothing to undo.")
            return .success
        }
        let hadEnvironments = session.environments.count > 0
        session.replaceWorld(with: earlier)
        session.console.line(StyledText("Undid: ") + .styled(label, .code))
        if hadEnvironments {
            session.console.line(.styled("The running execution environments were dropped: the next invoke is a cold start.", .dim))
        }
        return .success
    }

    static let clock = WorkbookCommand(CommandSpec(
        "clock", group: .world,
        summary: "Show the simulated time, or move it on.",
        discussion: "The simulated clock starts at 2026-01-01T00:00:00Z and moves only when functions run or when you "
            + "advance it. 'clock advance 10m' moves it on (units: ms, s, m, h, d; '1h30m' works too); execution "
            + "environments left idle longer than the keep-alive (\(World.environmentKeepAlive)) expire.",
        arguments: [
            ArgumentSpec("advance", .optional, help: "the word 'advance', to move the clock on", completion: .choices(["advance"])),
            ArgumentSpec("DUR", .optional, help: "how far to move it: 90s, 10m, 1h, 2d, 1h30m"),
        ],
        examples: ["clock", "clock advance 10m", "clock advance 1h30m"]
    )) { arguments, session in
        guard let action = arguments.value("advance") else {
            session.console.line(StyledText(session.world.clock.now.description))
            return .success
        }
        guard action == "advance" else {
            throw UsageError(commandName: "clock", usage: clockUsage, message: "unknown action '\(Printable.truncated(action))' (try 'advance')")
        }
        guard let text = arguments.value("DUR") else {
            throw UsageError(commandName: "clock", usage: clockUsage, message: "'clock advance' needs a duration such as 10m")
        }
        guard let duration = SimulatedDuration(parsing: text), duration.milliseconds > 0 else {
            throw ShellError("'\(Printable.truncated(text))' is not a duration.",
                             hint: "Write a number and a unit: 500ms, 90s, 10m, 1h, 2d (or combine them: 1h30m).")
        }
        guard duration <= maximumAdvance else {
            throw ShellError("The clock moves at most \(maximumAdvance) at a time.")
        }
        let expired = session.advanceClock(by: duration)
        session.console.line(StyledText("The clock moved on \(duration): it is now \(session.world.clock.now)."))
        if expired > 0 {
            session.console.line(.styled("\(counted(expired, "idle execution environment")) expired (idle longer than "
                                         + "\(World.environmentKeepAlive)): the next invoke is a cold start.", .dim))
        }
        return .success
    }

    static let clockUsage = "clock [advance DUR]"
    /// About ten years: far enough for any lesson, and far from the clock's limits.
    static let maximumAdvance = SimulatedDuration(milliseconds: 3650 * 86_400_000)

    static let state = WorkbookCommand(CommandSpec(
        "state", group: .world,
        summary: "List functions and live execution environments.",
        discussion: "Each function with its runtime, memory, timeout, versions and aliases; then each live execution "
            + "environment: which version it runs, whether it is idle or busy, how many invocations it served and since "
            + "when it has been idle."
    )) { _, session in
        StateView.render(session.world, on: session.console)
        return .success
    }

    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}

/// Reading a `save` file back, with a plain message for each way it can fail.
enum WorldFile {
    private struct Header: Decodable { var formatVersion: Int? }

    static func read(_ bytes: [UInt8], name: String) throws -> World {
        let data = Data(bytes)
        let shown = Printable.truncated(name)
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
            throw ShellError("\(shown) is not a saved workbook cloud: it is not a JSON object (damaged, or not written by 'save').",
                             hint: "Open a file written by 'save'.")
        }
        guard let version = header.formatVersion else {
            throw ShellError("\(shown) is not a saved workbook cloud: it has no formatVersion.",
                             hint: "Open a file written by 'save'.")
        }
        guard version == World.snapshotFormatVersion else {
            throw ShellError("\(shown) was saved in format \(version); this version of the workbook reads format \(World.snapshotFormatVersion).",
                             hint: version > World.snapshotFormatVersion ? "It was saved by a newer workbook: open it there." : nil)
        }
        do {
            return try World(snapshot: data)
        } catch let error as DecodingError {
            throw ShellError("\(shown) is damaged and cannot be opened (\(describe(error))).")
        } catch {
            throw ShellError("\(shown) is damaged and cannot be opened.")
        }
    }

    /// Where in the file the problem is, and what it is, without Swift's type names.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return text.isEmpty ? "the top level" : Printable.truncated(text, limit: 80)
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])) is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context.codingPath)) has the wrong kind of value"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(Printable.truncated(context.debugDescription, limit: 80))"
        @unknown default:
            return "unreadable"
        }
    }
}

extension Session {
    /// Replaces the world (after `open` or `undo`); the live execution environments belong to the old one.
    func replaceWorld(with newWorld: World) {
        world = newWorld
        world.lambda.environments = [:]
        environments.removeAll()
        lastInvocation = nil
    }

    /// Moves the simulated clock on.
    /// Moves the simulated clock on; environments idle longer than the keep-alive expire. Returns how many did.
    @discardableResult
    func advanceClock(by duration: SimulatedDuration) -> Int {
        let idle = world.lambda.environments.values.filter { $0.state == .idle }.count
        world.advanceClock(by: duration, environments: environments)
        return idle - world.lambda.environments.values.filter { $0.state == .idle }.count
    }
}
