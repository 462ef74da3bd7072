import Foundation
import LambdaSim
import LineEditing
import MiniPython
import Synchronization
import Workbook

/// The workbook's real ``ExerciseRunner``: it prepares each exercise's world by running the
/// lesson's commands through a headless ``Session`` (no colour, no terminal) in a temporary
/// workspace, exactly as a learner's typing would, then runs the checks with the `lab` module.
///
/// `lint` and `grade` use it for fresh worlds; the REPL's `check` uses ``runChecks(_:in:)`` and
/// ``run(_:in:)`` on the learner's own session.
public struct SessionExerciseRunner: ExerciseRunner {
    /// Where temporary workspaces are made (one per attempt, removed afterwards).
    public var temporaryDirectory: String
    /// The seed of every fresh world, so that the same attempt always gives the same outcome.
    public var seed: UInt64

    public init(temporaryDirectory: String = FileManager.default.temporaryDirectory.path, seed: UInt64 = 0) {
        self.temporaryDirectory = temporaryDirectory
        self.seed = seed
    }

    /// Runs `attempt` in a fresh world and workspace (or, for ``Submission/currentWorld``, in a
    /// scratch session with an empty world: use ``run(_:in:)`` to check a learner's own session).
    public func run(_ attempt: ExerciseAttempt) -> AttemptOutcome {
        // One interpreter thread for the whole attempt: every Python run inside (handlers, checks) runs inline
        // on it instead of starting a thread of its own, which matters on a busy machine.
        withInterpreterStack { runInFreshWorld(attempt) }
    }

    private func runInFreshWorld(_ attempt: ExerciseAttempt) -> AttemptOutcome {
        guard let directory = makeTemporaryWorkspace() else {
            let failure = attempt.preparation.first.map {
                PreparationFailure(step: $0, message: "cannot create a temporary workspace in \(temporaryDirectory)")
            }
            return AttemptOutcome(preparationFailure: failure, checks: [])
        }
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let output = CapturedOutput()
        let session = Session(
            configuration: .init(workspace: Workspace(root: directory, durableWrites: false), world: .init(seed: seed), keepGoing: true),
            console: output.console, reader: ScriptedLineReader(events: [], interactive: false)
        )
        return run(attempt, in: session, output: output)
    }

    /// Runs `attempt`'s preparation in `session` itself (for ``Submission/currentWorld`` that is the
    /// exercise's `{setup}` commands, whose output the session's console shows), then its checks
    /// on a copy of the session's world, which they leave untouched.
    public func run(_ attempt: ExerciseAttempt, in session: Session) -> AttemptOutcome {
        withInterpreterStack { run(attempt, in: session, output: nil) }
    }

    /// Runs `checks` against the session's world as it is, on a copy: whatever the checks do
    /// (invoke, advance the clock) leaves no trace in the learner's world. The checks get execution
    /// environments of their own, so the first invoke of each function version in them is a cold
    /// start, and the learner's warm environments (their globals, their /tmp) are left alone.
    public func runChecks(_ checks: [Check], in session: Session, budget: ExerciseBudget = .standard) -> [CheckOutcome] {
        let lab = LabWorld(world: session.world, workspace: session.workspace)
        return withInterpreterStack { CheckEvaluator.evaluate(checks, in: lab, stepBudget: budget.maximumStepsPerCheck) }
    }

    private func run(_ attempt: ExerciseAttempt, in session: Session, output: CapturedOutput?) -> AttemptOutcome {
        for step in attempt.preparation {
            if let message = perform(step, in: session, output: output) {
                return AttemptOutcome(preparationFailure: PreparationFailure(step: step, message: message), checks: [])
            }
        }
        return AttemptOutcome(checks: runChecks(attempt.checks, in: session, budget: attempt.budget))
    }

    /// Performs one preparation step; the failure's message, or `nil` when it succeeded.
    private func perform(_ step: PreparationStep, in session: Session, output: CapturedOutput?) -> String? {
        switch step {
        case .writeFile(let path, let contents, _):
            do throws(WorkspaceError) {
                try session.workspace.write(contents, to: path)
                return nil
            } catch {
                return error.description
            }
        case .runCommand(let text, _):
            output?.clear()
            switch session.execute(text) {
            case .success, .exit: return nil
            case .failure:
                let errors = output?.errors.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                let command = text.split(separator: "\n").first.map(String.init) ?? text
                return errors.isEmpty ? "'\(command)' failed" : "'\(command)' failed: \(errors)"
            }
        }
    }

    private func makeTemporaryWorkspace() -> String? {
        var template = Array((temporaryDirectory + "/lambda-workbook-exercise-XXXXXX").utf8CString)
        return template.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress, let pointer = mkdtemp(base) else { return nil }
            return String(cString: pointer)
        }
    }
}

/// A console for a headless session that keeps what was written, so that a failed command's
/// error lines can be reported.
final class CapturedOutput: Sendable {
    private let text = Mutex((output: "", errors: ""))

    var console: Console {
        Console(colorEnabled: false, width: 100) { [self] stream, piece in
            text.withLock { if stream == .output { $0.output += piece } else { $0.errors += piece } }
        }
    }

    var errors: String { text.withLock { $0.errors } }

    func clear() { text.withLock { $0 = ("", "") } }
}
