import Workbook

/// Showing lessons and steps: prose rendered for the terminal, `{file}` blocks written, `{run}`
/// blocks run in view the first time the learner reaches their step.
extension Session {
    /// What to do when a lesson file would replace a file the learner changed.
    enum FilePolicy {
        /// Ask at the prompt; in a script, keep the learner's file and say so.
        case ask
        /// Keep the learner's file and say so.
        case keep
        /// Replace it (after `reset`, which the learner confirmed).
        case overwrite
    }

    /// What happened to one lesson file.
    enum FileOutcome: Equatable {
        case written, unchanged, keptLearners, failed(String)
    }

    /// Shows the lesson's title and introduction (on `start`).
    func showLessonTitle(_ lesson: Lesson) {
        render("# \(lesson.title)")
        if let introduction = lesson.introduction {
            // A `# Title` heading in the introduction is for readers on GitHub; the title is shown above.
            let lines = introduction.markdown.split(separator: "\n", omittingEmptySubsequences: false)
                .drop { $0.trimmingCharacters(in: .whitespaces).isEmpty || $0.hasPrefix("# ") }
            let text = lines.joined(separator: "\n")
            if !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                console.line()
                render(text)
            }
        }
        console.line()
    }

    /// Makes step `index` of `lesson` the current one and shows it. Steps before it that this
    /// session's world has not seen are prepared quietly first (their files written, their commands run).
    func enterStep(_ index: Int, of lesson: Lesson, files policy: FilePolicy = .ask) {
        learner.beginLesson(lesson, at: index)
        prepareQuietly(lesson, upTo: index)
        let step = lesson.steps[index]
        let firstVisit = index >= learner.preparedSteps
        render("## Step \(step.number) of \(lesson.steps.count): \(step.title)")
        for item in step.items {
            switch item {
            case .prose(let prose):
                console.line()
                render(prose.markdown)
            case .file(let file):
                console.line()
                showFile(file, outcome: firstVisit ? writeLessonFile(file, policy: policy) : nil)
            case .run(let block):
                console.line()
                if firstVisit {
                    runVisibly(block)
                } else {
                    for command in block.commands { console.line(.styled("» ", .dim) + .styled(command.text, .code)) }
                    console.line(.styled("(These ran when you first reached this step.)", .dim))
                }
            case .try(let block):
                console.line()
                showTry(block)
            case .notes:
                continue
            case .exercise(let exercise):
                console.line()
                showExercise(exercise, in: lesson, writeStarters: firstVisit, policy: policy)
            }
        }
        if firstVisit { learner.preparedSteps = index + 1 }
        recordProgress { $0.move(to: step.id, number: step.number, in: lesson.id, at: configuration.lessons.now()) }
        console.line()
        showFooter()
    }

    /// The line after a step: where the learner is and what to type next.
    func showFooter() {
        guard let cursor = learner.cursor else { return }
        let position = "Step \(cursor.step.number) of \(cursor.lesson.steps.count)."
        if let exercise = cursor.currentExercise(progress), !progress.hasCompleted(exercise.id, in: cursor.lesson.id) {
            note(position + " Type `check` when you are done, `hint` for a hint.")
        } else if cursor.isAtLastStep {
            note(position + " This is the last step; `progress` shows what you have done.")
        } else {
            note(position + " Type `next` to go on, `back` to go back.")
        }
    }

    func showExercise(_ exercise: Exercise, in lesson: Lesson, writeStarters: Bool, policy: FilePolicy) {
        let done = progress.hasCompleted(exercise.id, in: lesson.id)
        render("### Exercise: \(exercise.title)" + (done ? " (done)" : ""))
        for item in exercise.task {
            switch item {
            case .prose(let prose):
                console.line()
                render(prose.markdown)
            case .try(let block):
                console.line()
                showTry(block)
            default:
                continue
            }
        }
        for starter in exercise.starters {
            console.line()
            let outcome: FileOutcome? = writeStarters && !done ? writeLessonFile(starter, policy: policy, isStarter: true) : nil
            showFile(starter, outcome: outcome, label: "Starter file")
        }
        let revealed = progress.hintsRevealed(of: exercise.id, in: lesson.id)
        if revealed >= exercise.hints.count, revealed > 0 {
            console.line()
            note("You have seen all \(exercise.hints.count) hints; `hint` shows them again.")
        } else if revealed > 0 {
            console.line()
            note("You have seen \(revealed) of \(exercise.hints.count) hints; `hint` shows the next.")
        }
    }

    func showTry(_ block: CommandBlock) {
        console.line(.styled("Try it:", .emphasis))
        for command in block.commands { console.line(StyledText("    ") + .styled(command.text, .code)) }
    }

    func showFile(_ file: FileBlock, outcome: FileOutcome?, label: String = "File") {
        console.line(.styled("\(label) \(file.path):", .emphasis))
        var contents = Substring(file.contents)
        while contents.hasSuffix("\n") { contents.removeLast() }
        for line in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            console.line(line.isEmpty ? StyledText() : StyledText("    ") + .styled(String(line), .code))
        }
        switch outcome {
        case nil: break
        case .written: console.line(.styled("(written to your workspace)", .dim))
        case .unchanged: console.line(.styled("(already in your workspace)", .dim))
        case .keptLearners:
            note("(Kept your \(file.path): it differs from the lesson's. `reset` puts the lesson's version back.)", style: .warning)
        case .failed(let message):
            console.errorLine(.styled("error:", .error) + " \(message)")
        }
    }

    /// Writes a lesson file unless the learner changed the file the lesson wrote there before.
    ///
    /// - Parameter isStarter: an exercise's starter: the question proposes to replace the learner's
    ///   file (their earlier work is done), where a step's file proposes to keep it.
    func writeLessonFile(_ file: FileBlock, policy: FilePolicy, isStarter: Bool = false) -> FileOutcome {
        let contents = Array(file.contents.utf8)
        let existing = try? workspace.read(file.path)
        if existing == contents {
            learner.written[file.path] = contents
            return .unchanged
        }
        if let existing, learner.written[file.path] != existing {
            switch policy {
            case .overwrite: break
            case .keep: return .keptLearners
            case .ask:
                let answer = isStarter
                    ? confirm("Start this exercise from its starter \(file.path), replacing yours?", defaultAnswer: true)
                    : confirm("\(file.path) has changes of yours. Replace it with the lesson's version?", defaultAnswer: false)
                if answer != true { return .keptLearners }
            }
        }
        do throws(WorkspaceError) {
            try workspace.write(contents, to: file.path)
        } catch {
            return .failed(error.description)
        }
        learner.written[file.path] = contents
        return .written
    }

    /// Runs a block's commands in view: each is shown, then run with its output.
    /// - Returns: whether every command succeeded.
    @discardableResult
    func runVisibly(_ block: CommandBlock) -> Bool {
        for command in block.commands {
            console.line(.styled("» ", .dim) + .styled(command.text, .code))
            if execute(command.text) == .failure {
                console.errorLine(.styled("The lesson's command failed, so what follows may not work. Type reset to start this step again.", .warning))
                return false
            }
        }
        return true
    }

    /// Applies the `{file}` and `{run}` blocks of the steps before `index` that this world has not seen.
    func prepareQuietly(_ lesson: Lesson, upTo index: Int, files policy: FilePolicy = .keep) {
        guard learner.preparedSteps < index else { return }
        var commands = 0
        var kept: [String] = []
        for step in lesson.steps[learner.preparedSteps..<index] {
            for item in step.items {
                switch item {
                case .file(let file):
                    switch writeLessonFile(file, policy: policy) {
                    case .keptLearners: kept.append(file.path)
                    case .failed(let message): console.errorLine(.styled("error:", .error) + " \(message)")
                    case .written, .unchanged: break
                    }
                case .run(let block):
                    for command in block.commands {
                        commands += 1
                        let result = runQuietly(command.text)
                        if !result.succeeded {
                            console.errorLine(.styled("warning:", .warning) + " step \(step.number)'s command failed: \(command.text)")
                            console.write(StyledText(result.output), to: .error)
                        }
                    }
                default:
                    continue
                }
            }
        }
        learner.preparedSteps = index
        if commands > 0 || !kept.isEmpty {
            var summary = "Brought the simulated world up to this step"
            if commands > 0 { summary += " (ran \(commands) command\(commands == 1 ? "" : "s") of the steps before it)" }
            console.line(.styled(summary + ".", .dim))
            for path in Set(kept).sorted() {
                note("Kept your \(path): it differs from the lesson's. `reset` puts the lesson's version back.", style: .warning)
            }
        }
    }

    /// A quiet line of guidance; `text` in backticks is shown as a command (without the backticks).
    func note(_ text: String, style: TextStyle = .dim) {
        var line = StyledText()
        for (index, part) in text.split(separator: "`", omittingEmptySubsequences: false).enumerated() where !part.isEmpty {
            line = line + .styled(String(part), index % 2 == 1 ? .code : style)
        }
        console.line(line)
    }

    /// Renders Markdown to the console at its width.
    func render(_ markdown: String) {
        for line in ProseRenderer(width: console.width).render(markdown) { console.line(line) }
    }
}
