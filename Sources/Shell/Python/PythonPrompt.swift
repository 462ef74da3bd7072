import LineEditing
import MiniPython

/// The interactive `>>>` prompt, as CPython's: expression values are echoed with `repr`, blocks continue
/// with `...` until a blank line, and `exit()` or Ctrl-D returns to the workbook. The namespace lives as
/// long as the session, so `python` can be left and entered again without losing variables.
final class PythonPrompt {
    static let prompt = ">>> "
    static let continuationPrompt = "... "

    private let interpreter: Interpreter
    private let console: Console
    private let interruption: Interruption

    init(console: Console, seed: UInt64, interruption: Interruption = .never) {
        self.console = console
        self.interruption = interruption
        let sink = OutputSink(
            stdout: { text in console.write(StyledText(text)) },
            stderr: { text in console.write(StyledText(text), to: .error) }
        )
        let isRaised = interruption.isRaised
        interpreter = Interpreter(options: InterpreterOptions(seed: seed, arguments: [""], interruption: { isRaised() }),
                                  output: sink)
        // CPython's site module gives the prompt exit() and quit(); both raise SystemExit.
        _ = interpreter.runInteractive("from sys import exit, exit as quit")
    }

    /// Reads and runs Python until `exit()`, `quit()` or the end of input.
    func interact(reader: LineReader) {
        var pending: [String] = []
        while true {
            switch reader.readLine(prompt: pending.isEmpty ? Self.prompt : Self.continuationPrompt) {
            case .interrupted:
                pending.removeAll()
                console.errorLine("KeyboardInterrupt")
            case .endOfInput:
                if reader.isInteractive { console.line() }
                return
            case .line(let line):
                pending.append(line)
                let source = pending.joined(separator: "\n")
                let completeness = Interpreter.completeness(of: source)
                if case .incomplete = completeness { continue }
                pending.removeAll()
                guard source.contains(where: { !$0.isWhitespace }) else { continue }
                reader.addToHistory(source)
                // CPython reports where the input stopped being one statement, and runs none of it.
                if case .invalid(let diagnostic) = completeness {
                    console.write(StyledText(diagnostic.rendered), to: .error)
                    continue
                }
                if run(source) == .exited { return }
            }
        }
    }

    enum Outcome: Equatable { case ran, failed, exited }

    /// Whether `name` is defined at the top level of the namespace.
    func defines(_ name: String) -> Bool {
        interpreter.hasAttribute(module: "__main__", name: name)
    }

    /// Runs one complete input in the prompt's namespace.
    @discardableResult
    func run(_ source: String) -> Outcome {
        // Ctrl-C during the run raises KeyboardInterrupt in the program, which reports it itself.
        interruption.reset()
        defer { interruption.reset() }
        switch interpreter.runInteractive(source) {
        case .completed: return .ran
        case .exited: return .exited
        case .uncaughtException(let exception):
            console.write(StyledText(exception.formatted), to: .error)
            return .failed
        case .syntaxError(let diagnostic):
            console.write(StyledText(diagnostic.rendered), to: .error)
            return .failed
        case .stepBudgetExhausted, .deadlineExceeded:
            console.errorLine("The code was stopped at its budget.")
            return .failed
        }
    }
}
