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
