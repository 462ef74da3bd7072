import Foundation
import Testing
@testable import Workbook
import WorkbookTestSupport

@Suite("Workspace")
struct WorkspaceTests {
    func makeWorkspace() throws -> Workspace {
        let workspace = Workspace(root: try TemporaryDirectory.make(prefix: "workspace") + "/ws")
        try workspace.createIfNeeded()
        return workspace
    }

    @Test("Files written are listed sorted and read back")
    func writeListRead() throws {
        let workspace = try makeWorkspace()
        try workspace.write(Array("print('hi')\n".utf8), to: "src/app.py")
        try workspace.write([1, 2, 3], to: "b.bin")
        #expect(try workspace.list().map(\.name) == ["b.bin", "src"])
        #expect(try workspace.list().map(\.isDirectory) == [false, true])
        #expect(try workspace.read("src/app.py") == Array("print('hi')\n".utf8))
        #expect(try workspace.list("src").first?.size == 12)
    }

    @Test("Paths that leave the workspace are refused", arguments: ["../x", "a/../../x", "/etc/passwd", "/"])
    func outside(path: String) throws {
        let workspace = try makeWorkspace()
        #expect(throws: WorkspaceError(path: path, problem: .outsideWorkspace)) { try workspace.resolve(path) }
    }

    @Test("Paths inside the workspace resolve, absolute or relative")
    func inside() throws {
        let workspace = try makeWorkspace()
        #expect(try workspace.resolve("a/./b/../c") == workspace.root + "/a/c")
        #expect(try workspace.resolve(workspace.root + "/x") == workspace.root + "/x")
    }

    @Test("Reading a missing file or a directory gives a clear error")
    func readErrors() throws {
        let workspace = try makeWorkspace()
        try workspace.write([], to: "d/f")
        #expect(throws: WorkspaceError(path: "nope", problem: .notFound)) { try workspace.read("nope") }
        #expect(throws: WorkspaceError(path: "d", problem: .isADirectory)) { try workspace.read("d") }
        #expect(throws: WorkspaceError(path: "", problem: .empty)) { try workspace.read("") }
    }

    @Test("Errors quote the path with control characters escaped")
    func printable() {
        let error = WorkspaceError(path: "a\u{1B}[2Jb\n", problem: .notFound)
        #expect(error.description == "'a\\x1b[2Jb\\n': no such file or directory in the workspace")
        #expect(WorkspaceError(path: "a", problem: .controlCharacters).description.contains("control characters"))
    }

    @Test("A workspace path that is a file is refused")
    func rootIsFile() throws {
        let directory = try TemporaryDirectory.make(prefix: "root-file")
        #expect(FileManager.default.createFile(atPath: directory + "/file", contents: Data()))
        #expect(throws: WorkspaceError.self) { try Workspace(root: directory + "/file").createIfNeeded() }
    }
}

@Suite("zip in the workspace")
struct WorkspaceZipTests {
    func makeWorkspace() throws -> Workspace {
        let workspace = Workspace(root: try TemporaryDirectory.make(prefix: "zip"))
        try workspace.write(Array("def lambda_handler(event, context):\n    return 1\n".utf8), to: "lambda_function.py")
        try workspace.write(Array("X = 1\n".utf8), to: "lib/util.py")
        return workspace
    }

    @Test("The same files give byte-identical archives, whenever and wherever they are zipped")
    func deterministic() throws {
        let first = try makeWorkspace(), second = try makeWorkspace()
        _ = try first.zip(["lambda_function.py"], into: "a.zip", recursive: false)
        _ = try second.zip(["lambda_function.py"], into: "a.zip", recursive: false)
        #expect(try first.read("a.zip") == second.read("a.zip"))
    }

    @Test("Zipping reports each entry as Info-ZIP does, and -r descends into directories")
    func recursive() throws {
        let workspace = try makeWorkspace()
        let result = try workspace.zip(["lambda_function.py", "lib"], into: "pkg.zip", recursive: true)
        #expect(result.actions.map(\.line) == ["  adding: lambda_function.py (stored 0%)", "  adding: lib/ (stored 0%)",
                                               "  adding: lib/util.py (stored 0%)"])
        let entries = try Workspace.readEntries(try workspace.read("pkg.zip"), archive: "pkg.zip")
        #expect(entries.map(\.name) == ["lambda_function.py", "lib/", "lib/util.py"])
        #expect(entries[2].bytes == Array("X = 1\n".utf8))
    }

    @Test("A directory without -r adds only its entry")
    func directoryWithoutRecursion() throws {
        let workspace = try makeWorkspace()
        let result = try workspace.zip(["lib"], into: "pkg.zip", recursive: false)
        #expect(result.actions.map(\.entry) == ["lib/"])
    }

    @Test("Zipping into an existing archive updates its entries and keeps the others")
    func update() throws {
        let workspace = try makeWorkspace()
        _ = try workspace.zip(["lambda_function.py", "lib/util.py"], into: "f.zip", recursive: false)
        try workspace.write(Array("changed\n".utf8), to: "lambda_function.py")
        let result = try workspace.zip(["lambda_function.py"], into: "f.zip", recursive: false)
        #expect(result.actions == [Workspace.ZipAction(kind: .updating, entry: "lambda_function.py")])
        let entries = try Workspace.readEntries(try workspace.read("f.zip"), archive: "f.zip")
        #expect(entries.map(\.name) == ["lambda_function.py", "lib/util.py"])
        #expect(entries[0].bytes == Array("changed\n".utf8))
    }

    @Test("Names that match nothing are reported; nothing at all to add is an error")
    func unmatched() throws {
        let workspace = try makeWorkspace()
        let result = try workspace.zip(["lambda_function.py", "nope.py"], into: "f.zip", recursive: false)
        #expect(result.unmatched == ["nope.py"])
        #expect(throws: ZipError(message: "Nothing to do! (g.zip)", unmatched: ["nope.py"])) {
            try workspace.zip(["nope.py"], into: "g.zip", recursive: false)
        }
    }

    @Test("An archive that is not a zip is not overwritten by an update")
    func corruptArchive() throws {
        let workspace = try makeWorkspace()
        try workspace.write(Array("not a zip".utf8), to: "bad.zip")
        #expect(throws: ZipError(message: "bad.zip is not a zip archive it can update")) {
            try workspace.zip(["lambda_function.py"], into: "bad.zip", recursive: false)
        }
        #expect(try workspace.read("bad.zip") == Array("not a zip".utf8))
    }

    @Test("Archives and files outside the workspace are refused")
    func outside() throws {
        let workspace = try makeWorkspace()
        #expect(throws: ZipError.self) { try workspace.zip(["lambda_function.py"], into: "../x.zip", recursive: false) }
        #expect(throws: ZipError.self) { try workspace.zip(["/etc/passwd"], into: "x.zip", recursive: false) }
    }
}
