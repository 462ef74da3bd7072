import Foundation
import Testing
@testable import Shell
import LineEditing
import Workbook
import WorkbookTestSupport

@Suite("Tab completion")
struct CompleterTests {
    let completer: Completer

    init() throws {
        let workspace = Workspace(root: try TemporaryDirectory.make(prefix: "completion"))
        try workspace.write([], to: "lambda_function.py")
        try workspace.write([], to: "lambda.zip")
        try workspace.write([], to: "events/s3.json")
        completer = Completer(registry: .standard, workspace: workspace)
    }

    @Test("The first word completes to workbook commands, 'aws' and service names")
    func commandNames() {
        #expect(completer.completions(for: "h").candidates == ["help", "hint", "history"])
        #expect(completer.completions(for: "aw").candidates == ["aws"])
        #expect(completer.completions(for: "lam").candidates == ["lambda"])
    }

    @Test("AWS commands complete services, then that service's operations")
    func awsCompletion() {
        #expect(completer.completions(for: "aws dyn").candidates == ["dynamodb"])
        #expect(completer.completions(for: "aws lambda publish-").candidates == ["publish-layer-version", "publish-version"])
        #expect(completer.completions(for: "lambda list-functions-by").candidates == ["list-functions-by-code-signing-config"])
        #expect(completer.completions(for: "lambda list-fun").candidates.contains("list-functions"))
    }

    @Test("Options complete from the command being typed")
    func options() {
        #expect(completer.completions(for: "ls --a").candidates == ["--all"])
        #expect(completer.completions(for: "cat --").candidates.isEmpty)
    }

    @Test("File arguments complete to workspace files, descending into directories")
    func files() {
        let top = completer.completions(for: "cat lam")
        #expect(top.word == "lam")
        #expect(top.candidates == ["lambda.zip", "lambda_function.py"])
        #expect(completer.completions(for: "cat ev").candidates == ["events/"])
        #expect(completer.completions(for: "cat events/").candidates == ["events/s3.json"])
        #expect(completer.completions(for: "ls ").candidates == ["events/", "lambda.zip", "lambda_function.py"])
    }

    @Test("help completes command names")
    func helpTopics() {
        #expect(completer.completions(for: "help hi").candidates == ["hint", "history"])
    }

    @Test("Unknown commands complete nothing")
    func unknown() {
        #expect(completer.completions(for: "frobnicate x").candidates.isEmpty)
    }
}

extension CompleterTests {
    @Test("After an AWS operation, Tab completes its flags and the global options")
    func awsFlags() {
        #expect(completer.completions(for: "aws sts get-caller-identity --out").candidates == ["--output"])
        #expect(completer.completions(for: "sts get-caller-identity --cli-in").candidates.contains("--cli-input-json"))
    }
}

@Suite("Lesson id completion")
struct LessonCompletionTests {
    @Test("start and demo complete lesson ids")
    func lessonIDs() {
        let completer = Completer(registry: .standard, workspace: Workspace(root: "/nonexistent"),
                                  lessonIDs: ["01-handler-structure", "02-execution-environment"])
        #expect(completer.completions(for: "start 0").candidates == ["01-handler-structure", "02-execution-environment"])
        #expect(completer.completions(for: "demo 02").candidates == ["02-execution-environment"])
    }
}

@Suite("Function name completion")
struct FunctionNameCompletionTests {
    @Test("invoke, timeline and logs complete function names; logs also completes the logs service's operations")
    func functionNames() {
        let completer = Completer(registry: .standard, workspace: Workspace(root: "/nonexistent"),
                                  functionNames: { ["hello", "orders"] })
        #expect(completer.completions(for: "invoke h").candidates == ["hello"])
        #expect(completer.completions(for: "timeline o").candidates == ["orders"])
        #expect(completer.completions(for: "logs h").candidates == ["hello"])
        #expect(completer.completions(for: "logs t").candidates.contains("tail"))
        #expect(completer.completions(for: "aws logs h").candidates.isEmpty)
    }
}
