/// `python`: the interactive Python prompt.
enum PythonCommands {
    static let all: [WorkbookCommand] = [python]

    static let python = WorkbookCommand(CommandSpec(
        "python", group: .python,
        summary: "Start a Python prompt (>>>), as python3 does.",
        discussion: "Expression values are echoed, blocks continue with '...' until a blank line, and exit() or "
            + "Ctrl-D returns to the workbook. Variables live as long as the session; Python statements can also "
            + "be typed straight at the workbook prompt.",
        examples: ["python", "x = 21 * 2"]
    )) { _, session in
        session.python.interact(reader: session.reader)
        return .success
    }
}
