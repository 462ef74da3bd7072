// The embedding API: modules of a code package, calling a handler, JSON and error reporting.
import MiniPython
import Testing

@Suite("Host API")
struct HostAPITests {
    @Test("a code package's modules import each other and top-level code runs once")
    func codePackage() {
        let out = OutputCollector()
        let py = Interpreter(output: out.sink)
        py.addSourceFile(moduleName: "utils", path: "/var/task/utils.py", source: "print('init utils')\ndef parse(e):\n    return e['name'].upper()\n")
        py.addSourceFile(moduleName: "app", path: "/var/task/app.py", source: "from utils import parse\ncount = 0\ndef handler(event, context):\n    global count\n    count += 1\n    return {'name': parse(event), 'count': count}\n")
        #expect(py.importModule("app") == .completed)
        #expect(py.importModule("app") == .completed)
        let (t1, v1) = py.callFunction(module: "app", name: "handler", arguments: [.object([("name", .string("ada"))]), .none])
        let (_, v2) = py.callFunction(module: "app", name: "handler", arguments: [.object([("name", .string("bob"))]), .none])
        #expect(t1 == .completed)
        #expect(v1 == .object([("name", .string("ADA")), ("count", .int(1))]))
        #expect(v2 == .object([("name", .string("BOB")), ("count", .int(2))]))
        #expect(out.stdout == "init utils\n")
    }

    @Test("an uncaught exception is reported as type, message and stack frames")
    func uncaught() {
        let py = Interpreter(output: OutputCollector().sink)
        py.addSourceFile(moduleName: "app", path: "app.py", source: "def handler(event, context):\n    return event['name']\n")
        _ = py.importModule("app")
        let (t, _) = py.callFunction(module: "app", name: "handler", arguments: [.dict([]), .none])
        guard case .uncaughtException(let e) = t else { Issue.record("expected an exception"); return }
        #expect(e.errorType == "KeyError")
        #expect(e.errorMessage == "'name'")
        #expect(e.stackTrace.map(\.function) == ["handler"])
        #expect(e.stackTrace.first?.formatted == "  File \"app.py\", line 2, in handler\n    return event['name']\n")
    }

    @Test("JSON text converts to values and back as the json module does")
    func json() {
        let py = Interpreter(output: OutputCollector().sink)
        let v = try? py.decodeJSON("{\"a\": [1, 2.5, null, true]}").get()
        #expect(v == .object([("a", .list([.int(1), .float(2.5), .none, .bool(true)]))]))
        #expect((try? py.encodeJSON(v!).get()) == "{\"a\": [1, 2.5, null, true]}")
    }

    @Test("invalid JSON from the host is a JSONDecodeError with CPython's message")
    func invalidJSON() {
        let py = Interpreter(output: OutputCollector().sink)
        guard case .failure(let e) = py.decodeJSON("{\"a\": }") else { Issue.record("expected a failure"); return }
        #expect(e.errorType == "json.decoder.JSONDecodeError")
        #expect(e.errorMessage == "Expecting value: line 1 column 7 (char 6)")
    }

    @Test("sys.exit sets the exit status of runProgram")
    func exitStatus() {
        let r = runProgram(source: "import sys\nprint('bye')\nsys.exit(3)\n", filename: "e.py")
        #expect(r.exitStatus == 3)
        #expect(r.stdout == "bye\n")
    }

    @Test("native modules registered by the host are importable")
    func nativeModule() {
        let out = OutputCollector()
        let py = Interpreter(output: out.sink)
        py.registerModule(NativeModule(name: "greeter", functions: ["greet": { call in
            guard case .string(let n)? = call.arguments.first else { throw NativeError(type: "TypeError", message: "name must be str") }
            return .string("hello " + n)
        }]))
        _ = py.runMain(source: "import greeter\nprint(greeter.greet('ada'))\ntry:\n    greeter.greet(1)\nexcept TypeError as e:\n    print(e)\n", filename: "m.py")
        #expect(out.stdout == "hello ada\nname must be str\n")
    }

    @Test("an error in REPL input is reported like CPython's interactive prompt reports it")
    func interactiveError() {
        let py = Interpreter(output: OutputCollector().sink)
        guard case .uncaughtException(let e) = py.runInteractive("1 / 0") else { Issue.record("expected an exception"); return }
        #expect(e.formatted == "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n")
        guard case .syntaxError(let d) = py.runInteractive("x = = 1") else { Issue.record("expected a syntax error"); return }
        #expect(d.rendered == "  File \"<stdin>\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n")
    }

    @Test("the REPL prints the repr of expression statements")
    func interactive() {
        let out = OutputCollector()
        let py = Interpreter(output: out.sink)
        _ = py.runInteractive("x = 2")
        _ = py.runInteractive("x * 21")
        _ = py.runInteractive("'a'")
        #expect(out.stdout == "42\n'a'\n")
    }
}
