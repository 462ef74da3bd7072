// Limits and sandboxing: budgets stop runaway code cleanly, recursion and memory are bounded, no host access.
import Foundation
import MiniPython
import Testing

@Suite("Safety")
struct SafetyTests {
    @Test("an infinite loop stops cleanly at the step budget")
    func stepBudget() {
        let r = runProgram(source: "while True:\n    pass\n", filename: "loop.py", options: InterpreterOptions(stepBudget: 100_000))
        #expect(r.termination == .stepBudgetExhausted)
        #expect(r.statistics.steps > 100_000 && r.statistics.steps < 100_010)
    }

    @Test("the virtual deadline stops a program that sleeps past it")
    func deadline() {
        let r = runProgram(source: "import time\nwhile True:\n    time.sleep(0.5)\n", filename: "d.py",
                           options: InterpreterOptions(virtualTimeLimit: 3, nanosecondsPerStep: 1000))
        #expect(r.termination == .deadlineExceeded)
    }

    @Test("recursion 100000 deep raises RecursionError instead of crashing")
    func deepRecursion() {
        let source = "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\ntry:\n    f(100000)\nexcept RecursionError as e:\n    print('RecursionError', e)\n"
        let r = runProgram(source: source, filename: "r.py")
        #expect(r.stdout == "RecursionError maximum recursion depth exceeded\n")
    }

    @Test("the default recursion limit is 1000 frames")
    func defaultLimit() {
        let r = runProgram(source: "def f(n):\n    return f(n + 1)\nf(0)\n", filename: "r.py")
        #expect(r.stderr.hasSuffix("RecursionError: maximum recursion depth exceeded\n"))
        #expect(r.stderr.contains("[Previous line repeated 996 more times]"))
    }

    @Test("deep recursion is safe when the embedder calls from a thread with a 512 KiB stack")
    func smallHostStack() {
        final class Box: @unchecked Sendable { var result: ProgramResult? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.result = runProgram(source: "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    print('ok')\n", filename: "r.py")
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        #expect(box.result?.stdout == "ok\n")
    }

    @Test("a huge string repetition raises MemoryError at the configured limit")
    func hugeString() {
        let r = runProgram(source: "try:\n    s = 'x' * 10**10\nexcept MemoryError:\n    print('MemoryError')\n", filename: "m.py",
                           options: InterpreterOptions(memoryLimit: 64 * 1024 * 1024))
        #expect(r.stdout == "MemoryError\n")
    }

    @Test("a list that keeps doubling raises MemoryError at the configured limit")
    func doublingList() {
        let r = runProgram(source: "x = [0]\ntry:\n    while True:\n        x = x + x\nexcept MemoryError:\n    print('MemoryError', len(x) > 1000)\n", filename: "m.py",
                           options: InterpreterOptions(memoryLimit: 64 * 1024 * 1024))
        #expect(r.stdout == "MemoryError True\n")
    }

    @Test("a handler-sized program runs within a 128 MB limit and reports its memory high-water mark")
    func memoryHighWater() {
        let source = "import json\nrows = [{'id': i, 'name': 'item' + str(i), 'tags': ['a', 'b']} for i in range(5000)]\ntext = json.dumps(rows)\nprint(len(json.loads(text)))\n"
        let r = runProgram(source: source, filename: "m.py", options: InterpreterOptions(memoryLimit: 128 * 1024 * 1024))
        #expect(r.stdout == "5000\n")
        #expect(r.statistics.memoryHighWater > 100_000)
        #expect(r.statistics.memoryHighWater < 128 * 1024 * 1024)
    }

    @Test("memory given back by freed objects is reusable (temporary allocations never accumulate)")
    func memoryIsReturned() {
        let source = "class P:\n    pass\nfor i in range(200):\n    tmp = [P() for _ in range(20000)]\n    s = 'x' * 100000\n    big = 3 ** 5000 * 7 ** 5000\nprint('done')\n"
        let r = runProgram(source: source, filename: "m.py", options: InterpreterOptions(memoryLimit: 32 * 1024 * 1024))
        #expect(r.stdout == "done\n")
        #expect(r.statistics.memoryInUse < 4 * 1024 * 1024)
    }

    @Test("open() cannot reach the host's files")
    func sandbox() {
        let r = runProgram(source: "try:\n    open('/etc/passwd')\nexcept FileNotFoundError as e:\n    print(e)\n", filename: "s.py")
        #expect(r.stdout == "[Errno 2] No such file or directory: '/etc/passwd'\n")
    }

    @Test("the same program and seed give the same output and step count")
    func determinism() {
        let source = "import random\nrandom.seed(7)\nprint([random.randint(1, 100) for _ in range(5)], random.random())\n"
        let a = runProgram(source: source, filename: "d.py", options: InterpreterOptions(seed: 42))
        let b = runProgram(source: source, filename: "d.py", options: InterpreterOptions(seed: 42))
        #expect(a.stdout == b.stdout)
        #expect(a.statistics.steps == b.statistics.steps)
    }

    @Test("deeply nested input is a SyntaxError, never a host stack overflow", arguments: [
        ("x = " + String(repeating: "(", count: 300) + "1" + String(repeating: ")", count: 300) + "\n", "too many nested parentheses"),
        ("x = " + String(repeating: "-", count: 100_000) + "1\n", "too many nested expressions"),
        ("f = " + String(repeating: "lambda: ", count: 20_000) + "1\n", "too many nested expressions"),
    ])
    func deepNesting(_ source: String, _ message: String) {
        let r = runProgram(source: source, filename: "deep.py")
        #expect(r.stderr.hasSuffix("SyntaxError: \(message)\n"))
        if case .invalid(let d) = Interpreter.completeness(of: source) { #expect(d.message == message) } else { Issue.record("not invalid") }
    }

    @Test("/tmp is writable and /var/task is read-only")
    func filesystemRoots() {
        let r = runProgram(source: "with open('/tmp/a.txt', 'w') as f:\n    f.write('hi')\nprint(open('/tmp/a.txt').read())\ntry:\n    open('/var/task/x.py', 'w')\nexcept OSError as e:\n    print(type(e).__name__)\n", filename: "f.py")
        #expect(r.stdout == "hi\nPermissionError\n")
    }
}
