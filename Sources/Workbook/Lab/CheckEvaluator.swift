import LambdaSim
import MiniPython

/// Runs lesson checks: each a MiniPython snippet with `lab` imported, against a ``LabWorld``.
///
/// A check passes when it runs to its end. A false `assert` (or `lab.fail`) fails it with the
/// assertion's message, for the learner. Any other exception, a syntax error or an exhausted step
/// budget makes it an error: a problem in the lesson, which the linter reports.
public enum CheckEvaluator {
    /// Runs `checks` in order in `lab`, each in a fresh namespace under `stepBudget` steps.
    public static func evaluate(_ checks: [Check], in lab: LabWorld, stepBudget: Int) -> [CheckOutcome] {
        checks.map { evaluate($0, in: lab, stepBudget: stepBudget) }
    }

    /// Runs one check in `lab`.
    public static func evaluate(_ check: Check, in lab: LabWorld, stepBudget: Int) -> CheckOutcome {
        let started = lab.world.clock.now
        let output = OutputCollector()
        let interpreter = Interpreter(options: InterpreterOptions(stepBudget: stepBudget, seed: lab.world.configuration.seed),
                                      output: output.sink)
        interpreter.registerModule(lab.nativeModule())
        interpreter.addSourceFile(moduleName: LabPythonSource.moduleName, path: LabPythonSource.path, source: LabPythonSource.text)
        let filename = check.location.file
        // `lab` is imported for the check on a line of its own: snippet line N is line N + 1 here.
        let termination = interpreter.runMain(source: "import lab\n" + check.source, filename: filename)
        let verdict = verdict(of: termination, check: check, stepBudget: stepBudget)
        let elapsed = lab.world.clock.now.millisecondsSinceEpoch - started.millisecondsSinceEpoch
        return CheckOutcome(check: check, verdict: verdict, duration: .milliseconds(elapsed))
    }

    static func verdict(of termination: Termination, check: Check, stepBudget: Int) -> CheckOutcome.Verdict {
        switch termination {
        case .completed:
            return .passed
        case .exited(let status):
            return .errored(message: "the check called sys.exit(\(status))")
        case .uncaughtException(let exception):
            let place = location(of: exception, in: check)
            if exception.errorType == "AssertionError" {
                if !exception.errorMessage.isEmpty { return .failed(message: exception.errorMessage) }
                let source = exception.stackTrace.last(where: { $0.filename == check.location.file })?.sourceText
                return .failed(message: "assertion failed" + (source.map { ": \($0)" } ?? "") + (place.map { " (\($0))" } ?? ""))
            }
            let text = exception.errorMessage.isEmpty ? exception.errorType : "\(exception.errorType): \(exception.errorMessage)"
            return .errored(message: text + (place.map { " (\($0))" } ?? ""))
        case .syntaxError(let diagnostic):
            let line = check.fileLine(ofSnippetLine: diagnostic.line - 1)
            return .errored(message: "\(diagnostic.kind.rawValue): \(diagnostic.message) (\(check.location.file):\(line))")
        case .stepBudgetExhausted:
            return .errored(message: "the check was stopped after its budget of \(stepBudget) steps (an endless loop?)")
        case .deadlineExceeded:
            return .errored(message: "the check was stopped at its time limit")
        }
    }

    /// `file:line` of the innermost frame in the check's own code.
    static func location(of exception: PythonException, in check: Check) -> String? {
        guard let frame = exception.stackTrace.last(where: { $0.filename == check.location.file }), frame.line > 1 else { return nil }
        return "\(check.location.file):\(check.fileLine(ofSnippetLine: frame.line - 1))"
    }
}
