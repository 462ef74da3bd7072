import AWSCommandLine
import LambdaSim
import Workbook

/// How an error reads on screen. Every error the shell shows goes through ``ErrorPresenter``.
public struct ErrorPresentation: Sendable, Equatable {
    public enum Form: Sendable, Equatable {
        /// `error: message`, the workbook's own voice.
        case workbook
        /// Printed exactly as given: the AWS CLI's and Python's own formats.
        case verbatim
    }

    public var form: Form
    public var lines: [String]
    /// A next step for the learner, shown after the message.
    public var hint: String?
    /// The input line and the column (in characters) to point at with a caret.
    public var pointer: (line: String, column: Int)?

    public init(form: Form = .workbook, lines: [String], hint: String? = nil, pointer: (line: String, column: Int)? = nil) {
        self.form = form
        self.lines = lines
        self.hint = hint
        self.pointer = pointer
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.form == rhs.form && lhs.lines == rhs.lines && lhs.hint == rhs.hint
            && lhs.pointer?.line == rhs.pointer?.line && lhs.pointer?.column == rhs.pointer?.column
    }
}

/// An error that knows how it should look to a learner.
public protocol PresentableError: Error {
    var presentation: ErrorPresentation { get }
}

/// A workbook error with a plain message.
public struct ShellError: PresentableError, Equatable {
    public var message: String
    public var hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var presentation: ErrorPresentation { ErrorPresentation(lines: [message], hint: hint) }
}

extension AWSCommandLineError: PresentableError {
    public var presentation: ErrorPresentation { ErrorPresentation(form: .verbatim, lines: lines, hint: hint) }
}

/// A simulated service's refusal reaching the shell outside an AWS command (a workbook command that calls the world):
/// AWS's code and message, then the teaching text AWS does not send.
extension ServiceError: PresentableError {
    public var presentation: ErrorPresentation {
        let teaching = explanation.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } ?? []
        return ErrorPresentation(lines: ["\(code): \(message)"] + teaching)
    }
}

extension WorkspaceError: PresentableError {
    public var presentation: ErrorPresentation { ErrorPresentation(lines: [description]) }
}

/// Turns any error into text on the console's error stream.
public enum ErrorPresenter {
    /// - Parameter location: `file:line` of the input in batch runs, shown before the message.
    public static func present(_ error: any Error, on console: Console, location: String? = nil) {
        let presentation = (error as? any PresentableError)?.presentation
            ?? ErrorPresentation(lines: ["internal error: \(error)"], hint: "This is a bug in Lambda Workbook; please report it.")
        let prefix: StyledText = location.map { StyledText("\($0): ", style: .dim) } ?? StyledText()
        switch presentation.form {
        case .workbook:
            for (index, line) in presentation.lines.enumerated() {
                if index == 0 {
                    console.errorLine(prefix + .styled("error:", .error) + " \(Printable.escaped(line))")
                } else {
                    console.errorLine(StyledText("  " + Printable.escaped(line)))
                }
            }
        case .verbatim:
            if location != nil { console.errorLine(prefix) }
            for line in presentation.lines { console.errorLine(StyledText(Printable.escaped(line))) }
        }
        if let pointer = presentation.pointer {
            let shown = Printable.escaped(pointer.line)
            console.errorLine(StyledText("  " + shown, style: .dim))
            console.errorLine(StyledText("  " + String(repeating: " ", count: max(0, pointer.column)) + "^", style: .error))
        }
        if let hint = presentation.hint {
            console.errorLine(.styled("hint:", .hint) + " \(hint)")
        }
    }
}

/// Escapes control characters so echoed input cannot disturb the terminal.
public enum Printable {
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "\t" { out += "    "; continue }
            if isControl(scalar) {
                let hex = String(scalar.value, radix: 16)
                out += "\\x" + (hex.count < 2 ? "0" + hex : hex)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
    }

    /// Shortens text longer than `limit` characters, saying how much was left out.
    public static func truncated(_ text: String, limit: Int = 60) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "… (\(text.count) characters)"
    }
}
