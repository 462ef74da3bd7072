// Hosting a handler for the invoker: inline calls on one interpreter thread, phases, and handler calls.
@testable import MiniPython
import Testing

@Suite("Handler hosting")
struct HandlerHostingTests {
    @Test("Calls inside withInterpreterStack run on that one thread, and deep recursion still stops with RecursionError")
    func inlineCalls() {
        let py = Interpreter(output: OutputCollector().sink)
        py.addSourceFile(moduleName: "app", path: "/var/task/app.py", source: "def deep(n):\n    return deep(n + 1)\ndef one():\n    return 1\n")
        let results: [Termination] = withInterpreterStack {
            var collected = [py.importModule("app")]
            for _ in 0..<1_000 { collected.append(py.callFunction(module: "app", name: "one", arguments: []).0) }
            collected.append(py.callFunction(module: "app", name: "deep", arguments: [.int(0)]).0)
            return collected
        }
        #expect(results.dropLast().allSatisfy { $0 == .completed })
        guard case .uncaughtException(let error)? = results.last else { Issue.record("expected RecursionError"); return }
        #expect(error.errorType == "RecursionError")
    }

    @Test("A handler call decodes the event, reuses one context object, and counts only the handler's steps and sleeps")
    func handlerCall() {
        let clock = SimulatedClock(start: 100)
        let py = Interpreter(options: InterpreterOptions(nanosecondsPerStep: 1000, clock: clock), output: OutputCollector().sink)
        py.addSourceFile(moduleName: "rt", path: "/var/runtime/rt.py", source: "class Ctx:\n    def __init__(self, rid):\n        self.rid = rid\n")
        py.addSourceFile(moduleName: "app", path: "/var/task/app.py",
                         source: "import time\nseen = []\ndef handler(event, context):\n    seen.append(id(context))\n    time.sleep(0.5)\n    return {'rid': context.rid, 'n': event['n'], 'same': len(set(seen))}\n")
        #expect(py.importModule("rt") == .completed)
        #expect(py.importModule("app") == .completed)
        func call(_ rid: String) -> HandlerCallResult {
            py.callHandler(HandlerCallRequest(module: "app", function: "handler", eventJSON: #"{"n": 1}"#, contextModule: "rt", contextClass: "Ctx",
                                              contextArguments: [.string(rid)], contextAttributes: [("rid", .string(rid))], moduleGlobals: [],
                                              timeLimitSeconds: 3, ensureASCII: true))
        }
        let first = call("a")
        let second = call("b")
        #expect(first.outcome == .returned(#"{"rid": "a", "n": 1, "same": 1}"#))
        #expect(second.outcome == .returned(#"{"rid": "b", "n": 1, "same": 1}"#))
        #expect(second.sleptSeconds == 0.5)
        #expect(second.steps > 0 && second.steps < 10)
        #expect(clock.now() == 101)
    }

    @Test("A handler past its virtual time limit is stopped; a set it returns is a marshal error")
    func limits() {
        let py = Interpreter(options: InterpreterOptions(nanosecondsPerStep: 1000), output: OutputCollector().sink)
        py.addSourceFile(moduleName: "rt", path: "/var/runtime/rt.py", source: "class Ctx:\n    pass\n")
        py.addSourceFile(moduleName: "app", path: "/var/task/app.py", source: "def spin(e, c):\n    while True:\n        pass\ndef bad(e, c):\n    return {1}\n")
        _ = py.importModule("rt")
        _ = py.importModule("app")
        func call(_ name: String) -> HandlerCallResult.Outcome {
            py.callHandler(HandlerCallRequest(module: "app", function: name, eventJSON: "{}", contextModule: "rt", contextClass: "Ctx",
                                              contextArguments: [], contextAttributes: [], moduleGlobals: [], timeLimitSeconds: 0.01,
                                              ensureASCII: true)).outcome
        }
        #expect(call("spin") == .timedOut)
        #expect(call("bad") == .marshalFailed("Object of type set is not JSON serializable"))
    }
}
