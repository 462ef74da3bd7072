import LineEditing

extension Session {
    /// How a run ended.
    public struct RunResult: Equatable, Sendable {
        /// How many inputs failed.
        public var failures: Int
        /// 0 if every input succeeded, 1 otherwise.
        public var exitStatus: Int32 { failures == 0 ? 0 : 1 }
    }

    /// Reads and runs inputs until `exit`, end of input, or (in batch mode, without `keepGoing`) the first failure.
    ///
    /// Lines are joined into one input while a quote or bracket is open or a line ends in `\`;
    /// the reader shows the continuation prompt meanwhile. Ctrl-C discards the pending input.
    public func run() -> RunResult {
        if reader.isInteractive {
            showBanner()
            offerToResume()
        }
        let completer = Completer(registry: registry, workspace: workspace,
                                  lessonIDs: configuration.lessons.course.lessons.map(\.id.rawValue),
                                  functionNames: { [unowned self] in self.world.lambda.functions.keys.sorted() })
        reader.setCompletionProvider { completer.completions(for: $0) }
        defer { reader.close() }

        var pending: [String] = []
        var lineNumber = 0
        var firstLineOfInput = 0
        var failures = 0
        while true {
            switch reader.readLine(prompt: pending.isEmpty ? Session.prompt : Session.continuationPrompt) {
            case .interrupted:
                pending.removeAll()
            case .endOfInput:
                if !pending.isEmpty {
                    let outcome = execute(pending.joined(separator: "\n"), location: location(firstLineOfInput))
                    if outcome == .failure { failures += 1 }
                }
                if reader.isInteractive { console.line() }
                return RunResult(failures: failures)
            case .line(let line):
                lineNumber += 1
                if pending.isEmpty { firstLineOfInput = lineNumber }
                pending.append(line)
                let input = pending.joined(separator: "\n")
                if InputClassifier.needsMoreInput(input, registry: registry, pythonNames: pythonNames) { continue }
                pending.removeAll()
                reader.addToHistory(input)
                switch execute(input, location: location(firstLineOfInput)) {
                case .success: break
                case .exit: return RunResult(failures: failures)
                case .failure:
                    failures += 1
                    if !reader.isInteractive, !configuration.keepGoing { return RunResult(failures: failures) }
                }
            }
        }
    }

    private func location(_ line: Int) -> String? {
        guard !reader.isInteractive, let source = configuration.sourceName else { return nil }
        return "\(source):\(line)"
    }

    private func showBanner() {
        let version = configuration.version.isEmpty ? "" : " \(configuration.version)"
        console.line(.styled("Lambda Workbook\(version)", .heading)
                     + ": learn AWS Lambda by doing, against a simulated cloud on a virtual clock.")
        console.line(StyledText("Type ") + .styled("help", .code) + " to see what you can do; AWS CLI commands are typed as "
                     + "on real AWS. Ctrl-D leaves.")
        console.line(StyledText("Your files live in ") + .styled(workspace.root, .code) + ".")
        if !course.lessons.isEmpty {
            console.line(StyledText("New here? Type ") + .styled("lessons", .code) + " to see the lessons.")
        }
    }
}
