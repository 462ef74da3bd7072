// The compiler: a resolved syntax tree to Swift closures, compiled once per module.

package typealias Eval = (Frame) throws -> Value
package typealias Exec = (Frame) throws -> Flow
package typealias Store = (Frame, Value) throws -> Void

/// How a statement finished: normally, or by `break`/`continue`/`return` (the value is in the frame).
package enum Flow { case normal, breakLoop, continueLoop, returned }

/// Per-scope compilation state.
final class ScopeContext {
    let scope: Scope
    let code: CodeObject
    var localSlots: [String: Int] = [:]
    var cellSlots: [String: Int] = [:]
    var loopDepth = 0
    var inFinally = 0
    weak var parent: ScopeContext?

    init(scope: Scope, code: CodeObject, parent: ScopeContext?) {
        self.scope = scope; self.code = code; self.parent = parent
    }

    func location(_ n: String) -> NameLocation {
        switch scope.kind {
        case .module: return .global(n)
        case .classBody:
            if scope.globals.contains(n) { return .global(n) }
            if scope.nonlocals.contains(n), let c = cellSlots[n] { return .cell(c) }
            return .classBody(n, cell: cellSlots[n])
        case .function, .comprehension:
            if scope.globals.contains(n) { return .global(n) }
            if let c = cellSlots[n] { return .cell(c) }
            if let l = localSlots[n] { return .local(l) }
            return .global(n)
        }
    }
}

package struct CompileError: Error {
    package var diagnostic: SyntaxDiagnostic
}

package final class Compiler {
    let filename: String
    let lines: [String]
    let scopes: [ScopeKey: Scope]
    let globals: Globals
    let moduleName: String
    var context: ScopeContext!
    /// REPL mode: module-level expression statements print their value's repr.
    var interactive = false

    init(filename: String, source: String, scopes: [ScopeKey: Scope], globals: Globals, moduleName: String) {
        self.filename = filename
        self.lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        self.scopes = scopes
        self.globals = globals
        self.moduleName = moduleName
    }

    func syntaxError(_ msg: String, _ range: SourceRange) -> CompileError {
        let line = range.start.line >= 1 && range.start.line <= lines.count ? lines[range.start.line - 1] : nil
        return CompileError(diagnostic: SyntaxDiagnostic(.syntaxError, msg, filename: filename, range: range, sourceLine: line))
    }

    /// Parses, resolves and compiles a module's source into a code object run with the module's globals.
    package static func compileModule(source: String, filename: String, globals: Globals, moduleName: String, interactive: Bool = false) -> Result<CodeObject, SyntaxDiagnostic> {
        let module: Module
        switch Parser.parseModule(source, filename: filename) {
        case .failure(let d): return .failure(d)
        case .success(let m): module = m
        }
        let scopes: [ScopeKey: Scope]
        do {
            scopes = try ScopeAnalyzer.analyze(module)
        } catch let e as ScopeError {
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
            let line = e.range.start.line >= 1 && e.range.start.line <= lines.count ? lines[e.range.start.line - 1] : nil
            return .failure(SyntaxDiagnostic(.syntaxError, e.message, filename: filename, range: e.range, sourceLine: line))
        } catch { preconditionFailure("\(error)") }
        let c = Compiler(filename: filename, source: source, scopes: scopes, globals: globals, moduleName: moduleName)
        c.interactive = interactive
        do {
            return .success(try c.compileModuleBody(module))
        } catch let e as CompileError {
            return .failure(e.diagnostic)
        } catch { preconditionFailure("\(error)") }
    }

    func compileModuleBody(_ module: Module) throws -> CodeObject {
        let scope = scopes[ScopeKey(SourceRange.none, 0)]!
        let code = CodeObject(name: "<module>", qualname: "<module>", filename: filename, firstLine: 1)
        context = ScopeContext(scope: scope, code: code, parent: nil)
        for n in scope.assigned { _ = globals.slot(n) }
        let body = try compileBlock(module.body)
        code.body = { f in
            _ = try body(f)
            return .none
        }
        return code
    }

    /// Sets up slots for a function-like or class scope.
    func makeContext(_ scope: Scope, _ code: CodeObject, parameters: Parameters?) -> ScopeContext {
        let ctx = ScopeContext(scope: scope, code: code, parent: context)
        var slotNames: [String] = []
        if let p = parameters {
            let ordered = p.positionalOnly + p.positional
            for q in ordered { slotNames.append(q.name) }
            code.positionalOnlyCount = p.positionalOnly.count
            code.positionalCount = ordered.count
            for q in p.keywordOnly { slotNames.append(q.name) }
            code.keywordOnlyNames = p.keywordOnly.map { $0.name }
            if let va = p.varArgs { code.varArgsSlot = slotNames.count; slotNames.append(va.name) }
            if let vk = p.varKeywords { code.varKeywordsSlot = slotNames.count; slotNames.append(vk.name) }
        } else if scope.kind == .comprehension {
            slotNames.append(".0")
            code.positionalCount = 1
        }
        code.parameterNames = slotNames
        for (i, n) in slotNames.enumerated() { ctx.localSlots[n] = i }
        if scope.kind != .classBody {
            for n in scope.assigned where ctx.localSlots[n] == nil && !scope.globals.contains(n) && !scope.nonlocals.contains(n) && !scope.cells.contains(n) {
                ctx.localSlots[n] = slotNames.count
                slotNames.append(n)
            }
        }
        code.localCount = slotNames.count
        code.localNames = slotNames
        let own = scope.cells.sorted()
        code.ownCellNames = own
        code.ownCellParameterSlots = own.map { ctx.localSlots[$0].flatMap { $0 < code.parameterNames.count ? $0 : nil } }
        for (i, n) in own.enumerated() { ctx.cellSlots[n] = i }
        for (j, n) in scope.free.enumerated() { ctx.cellSlots[n] = own.count + j }
        code.freeNames = scope.free
        return ctx
    }

    /// Closure cells a nested scope needs, read from the current frame when the function is created.
    func closureSources(for scope: Scope) -> [Int] {
        scope.free.map { n in
            guard let i = context.cellSlots[n] else { preconditionFailure("free variable \(n) not available") }
            return i
        }
    }

    func lineText(_ n: Int) -> String { n >= 1 && n <= lines.count ? lines[n - 1] : "" }
}

@inline(__always) func annotate(_ e: PyError, _ site: ErrorSite) {
    if e.exception.pendingSite == nil && !e.frameCommitted { e.exception.pendingSite = site }
}
