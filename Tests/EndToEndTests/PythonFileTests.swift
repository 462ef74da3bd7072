import Foundation
import Testing
import WorkbookTestSupport

/// `lambda-workbook python FILE`, compared with what `python3 FILE` prints (recorded from CPython 3.12).
@Suite("lambda-workbook python FILE", .serialized)
struct PythonFileTests {
    let directory: String

    init() throws {
        directory = try TemporaryDirectory.make(prefix: "python-file")
        try "import util\nimport sys\nprint(util.double(21), sys.argv)\nd = {'a': 1}\nprint(d['b'])\n"
            .write(toFile: directory + "/main.py", atomically: true, encoding: .utf8)
        try "def double(x):\n    return x * 2\n".write(toFile: directory + "/util.py", atomically: true, encoding: .utf8)
        try "import sys\nprint('bye')\nsys.exit(3)\n".write(toFile: directory + "/exits.py", atomically: true, encoding: .utf8)
        try "n = 0\nwhile True:\n    n += 1\n".write(toFile: directory + "/loop.py", atomically: true, encoding: .utf8)
        try "x = = 1\n".write(toFile: directory + "/bad.py", atomically: true, encoding: .utf8)
    }

    @Test("Output, sibling imports, sys.argv and an uncaught exception's traceback are CPython's")
    func traceback() throws {
        let output = try BinaryRunner.run(["python", "main.py", "one", "two"], workingDirectory: directory)
        #expect(output.status == 1)
        #expect(output.standardOutput == "42 ['main.py', 'one', 'two']\n")
        #expect(output.standardError == """
            Traceback (most recent call last):
              File "\(directory)/main.py", line 5, in <module>
                print(d['b'])
                      ~^^^^^
            KeyError: 'b'

            """)
    }

    @Test("sys.exit(n) sets the exit status")
    func exitStatus() throws {
        let output = try BinaryRunner.run(["python", directory + "/exits.py"])
        #expect(output.status == 3)
        #expect(output.standardOutput == "bye\n")
    }

    @Test("A syntax error is reported as CPython reports it, with status 1")
    func syntaxError() throws {
        let output = try BinaryRunner.run(["python", "bad.py"], workingDirectory: directory)
        #expect(output.status == 1)
        #expect(output.standardError == "  File \"\(directory)/bad.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n")
    }

    @Test("A missing file gets CPython's message and status 2")
    func missingFile() throws {
        let output = try BinaryRunner.run(["python", "nope.py"], workingDirectory: directory)
        #expect(output.status == 2)
        #expect(output.standardError == "lambda-workbook python: can't open file '\(directory)/nope.py': [Errno 2] No such file or directory\n")
    }

    @Test("--max-steps stops an endless loop cleanly")
    func maxSteps() throws {
        let output = try BinaryRunner.run(["python", "--max-steps", "50000", "loop.py"], workingDirectory: directory)
        #expect(output.status == 1)
        #expect(output.standardError == "lambda-workbook: the program was stopped after 50000 steps (--max-steps).\n")
    }

    @Test("The sandbox keeps open() away from the host's files")
    func sandbox() throws {
        try "try:\n    open('/etc/passwd')\nexcept OSError as e:\n    print(type(e).__name__, e)\n"
            .write(toFile: directory + "/peek.py", atomically: true, encoding: .utf8)
        let output = try BinaryRunner.run(["python", "peek.py"], workingDirectory: directory)
        #expect(output.status == 0)
        #expect(output.standardOutput.hasPrefix("FileNotFoundError"))
        #expect(!output.standardOutput.contains("root:"))
    }
}
