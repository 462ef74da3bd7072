/// Checks lessons before anyone uses them: first their structure (no runner needed), then their
/// behaviour (every starter fails its checks, every solution passes them) through an ``ExerciseRunner``.
///
/// `lambda-workbook lint PATH…` runs both and fails when any error is found.
public struct LessonLinter: Sendable {
    public init() {}

    /// Every structural problem of a course: the parser's diagnostics, then problems no single
    /// lesson file shows (duplicate lesson ids, unknown prerequisites, cycles) and incomplete exercises.
    public func lint(_ course: Course) -> [Diagnostic] {
        var diagnostics = course.loadingDiagnostics
        for parsed in course.parsed { diagnostics += parsed.diagnostics }
        let lessons = course.parsed.compactMap(\.lesson)
        diagnostics += duplicateLessons(lessons)
        diagnostics += prerequisiteProblems(lessons)
        for lesson in lessons { diagnostics += lint(lesson) }
        return diagnostics.sortedByLocation()
    }

    /// The structural problems inside one lesson that the parser does not report.
    public func lint(_ lesson: Lesson) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if lesson.steps.isEmpty {
            diagnostics.append(.error(at: lesson.location, "the lesson has no steps: add a step heading (`## Title`)"))
        }
        for step in lesson.steps where step.items.isEmpty {
            diagnostics.append(.warning(at: step.location, "step '\(step.title)' is empty"))
        }
        for exercise in lesson.exercises {
            diagnostics += lint(exercise)
        }
        return diagnostics
    }

    func lint(_ exercise: Exercise) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let name = "exercise '\(exercise.id)'"
        if exercise.hints.isEmpty {
            diagnostics.append(.error(at: exercise.location, "\(name) has no hint: add at least one ```{hint}``` block"))
        }
        if exercise.checks.isEmpty {
            diagnostics.append(.error(at: exercise.location, "\(name) has no check: add at least one ```python {check}``` block"))
        }
        if exercise.solution.isEmpty {
            diagnostics.append(.error(at: exercise.location,
                                      "\(name) has no solution: add a ```{solution} PATH``` or ```{solution-run}``` block"))
        }
        if exercise.task.isEmpty {
            diagnostics.append(.warning(at: exercise.location, "\(name) has no task prose: tell the learner what to do"))
        }
        for (label, files) in [("starter", exercise.starters), ("solution", exercise.solution.files)] {
            var seen: [String: Int] = [:]
            for file in files {
                if let first = seen[file.path] {
                    diagnostics.append(.error(at: file.location, "the \(label) file '\(file.path)' is already given at line \(first)"))
                } else {
                    seen[file.path] = file.location.line
                }
            }
        }
        for check in exercise.checks where !check.source.contains("assert") && !check.source.contains("lab.fail") {
            diagnostics.append(.warning(at: check.location,
                                        "check '\(check.name)' has no `assert`: it passes whenever it runs without an exception"))
        }
        return diagnostics
    }

    func duplicateLessons(_ lessons: [Lesson]) -> [Diagnostic] {
        var first: [LessonID: SourceLocation] = [:]
        var diagnostics: [Diagnostic] = []
        for lesson in lessons {
            if let earlier = first[lesson.id] {
                diagnostics.append(.error(at: lesson.location, "duplicate lesson id '\(lesson.id)': \(earlier.file) has it already"))
            } else {
                first[lesson.id] = lesson.location
            }
        }
        return diagnostics
    }

    func prerequisiteProblems(_ lessons: [Lesson]) -> [Diagnostic] {
        let known = Set(lessons.map(\.id))
        var diagnostics: [Diagnostic] = []
        var graph: [LessonID: [LessonID]] = [:]
        for lesson in lessons {
            for prerequisite in lesson.prerequisites {
                if prerequisite.id == lesson.id {
                    diagnostics.append(.error(at: prerequisite.location, "lesson '\(lesson.id)' cannot be its own prerequisite"))
                } else if !known.contains(prerequisite.id) {
                    let suggestion = closestWord(to: prerequisite.id.rawValue, in: known.map(\.rawValue).sorted())
                        .map { "; did you mean '\($0)'?" } ?? ""
                    diagnostics.append(.error(at: prerequisite.location,
                                              "prerequisite '\(prerequisite.id)' names no lesson in the course\(suggestion)"))
                } else {
                    graph[lesson.id, default: []].append(prerequisite.id)
                }
            }
        }
        // A cycle is reported once, at the front matter of the lesson where the search re-enters it.
        var state: [LessonID: Bool] = [:]  // false: on the current path, true: finished
        var reported = Set<LessonID>()
        func visit(_ id: LessonID, path: [LessonID]) {
            if state[id] == true { return }
            if state[id] == false {
                let cycle = path.drop { $0 != id } + [id]
                if reported.insert(id).inserted, let lesson = lessons.first(where: { $0.id == id }) {
                    diagnostics.append(.error(at: lesson.location,
                                              "prerequisites form a cycle: \(cycle.map(\.rawValue).joined(separator: " → "))"))
                }
                return
            }
            state[id] = false
            for next in graph[id] ?? [] { visit(next, path: path + [id]) }
            state[id] = true
        }
        for lesson in lessons { visit(lesson.id, path: []) }
        return diagnostics
    }
}
