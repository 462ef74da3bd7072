// The resolver: decides, before anything runs, where each name lives (local slot, cell, global, class namespace).

package enum ScopeKind { case module, function, classBody, comprehension }

/// Identifies the scope a def/lambda/class/comprehension node opens (nodes are values, so we key by position).
package struct ScopeKey: Hashable {
    let line: Int
    let column: Int
    let tag: Int
    init(_ r: SourceRange, _ tag: Int) { line = r.start.line; column = r.start.column; self.tag = tag }
}

package final class Scope {
    let kind: ScopeKind
    let name: String
    weak var parent: Scope?
    var parameters: [String] = []
    var assigned: [String] = []
    var assignedSet = Set<String>()
    var used = Set<String>()
    var globals = Set<String>()
    var nonlocals = Set<String>()
    var nonlocalRanges: [String: SourceRange] = [:]
    var children: [Scope] = []
    /// Locals captured by nested scopes.
    var cells = Set<String>()
    /// Variables taken from enclosing scopes (ordered).
    var free: [String] = []
    var freeSet = Set<String>()
    var qualname = ""

    init(_ kind: ScopeKind, _ name: String, parent: Scope?) {
        self.kind = kind; self.name = name; self.parent = parent
    }

    func assign(_ n: String) {
        if assignedSet.insert(n).inserted { assigned.append(n) }
    }

    func addFree(_ n: String) {
        if freeSet.insert(n).inserted { free.append(n) }
    }

    var isFunctionLike: Bool { kind == .function || kind == .comprehension }

    /// True if `n` is a local (parameter or assigned, not declared global/nonlocal) of this function-like scope.
    func definesLocally(_ n: String) -> Bool {
        isFunctionLike && !globals.contains(n) && !nonlocals.contains(n) && (assignedSet.contains(n))
    }
}

/// Where a name lives, as seen from one scope.
package enum NameLocation {
    case local(Int)
    case cell(Int)
    case global(String)
    /// Class body: the namespace first, then a cell (free variable) or the globals.
    case classBody(String, cell: Int?)
}

package struct ScopeError: Error {
    var message: String
    var range: SourceRange
}

/// Walks a module and builds the scope tree.
package struct ScopeAnalyzer {
    package var scopes: [ScopeKey: Scope] = [:]
    var errors: [ScopeError] = []

    package static func analyze(_ module: Module) throws -> [ScopeKey: Scope] {
        var a = ScopeAnalyzer()
        let top = Scope(.module, "<module>", parent: nil)
        a.scopes[ScopeKey(SourceRange.none, 0)] = top
        for s in module.body { try a.visit(s, top) }
        try a.resolve(top)
        return a.scopes
    }

    mutating func visitBody(_ body: [Stmt], _ s: Scope) throws { for st in body { try visit(st, s) } }

    mutating func visit(_ stmt: Stmt, _ s: Scope) throws {
        switch stmt.kind {
        case .expr(let e): try visit(e, s)
        case .assign(let targets, let value):
            for t in targets { try visitTarget(t, s) }
            try visit(value, s)
        case .augAssign(let t, _, let v):
            try visitTarget(t, s)
            if case .name(let n) = t.kind { s.used.insert(n) }
            try visit(v, s)
        case .annAssign(let t, _, let v):
            if let v { try visit(v, s); try visitTarget(t, s) } else if case .name = t.kind {
                // a bare annotation still makes the name local in a function
                try visitTarget(t, s)
            } else { try visitTarget(t, s) }
        case .pass, .break, .continue: break
        case .return(let e): if let e { try visit(e, s) }
        case .if(let t, let b, let o), .while(let t, let b, let o):
            try visit(t, s); try visitBody(b, s); try visitBody(o, s)
        case .for(let t, let it, let b, let o):
            try visitTarget(t, s); try visit(it, s); try visitBody(b, s); try visitBody(o, s)
        case .functionDef(let def):
            for d in def.decorators { try visit(d, s) }
            for p in def.parameters.all { if let d = p.defaultValue { try visit(d, s) } }
            s.assign(def.name)
            let child = Scope(.function, def.name, parent: s)
            child.qualname = qualname(def.name, parent: s)
            scopes[ScopeKey(stmt.range, 1)] = child
            s.children.append(child)
            for p in def.parameters.all { child.parameters.append(p.name); child.assign(p.name) }
            try visitBody(def.body, child)
        case .classDef(let c):
            for d in c.decorators { try visit(d, s) }
            for b in c.bases { try visit(b, s) }
            for k in c.keywords { try visit(k.value, s) }
            s.assign(c.name)
            let child = Scope(.classBody, c.name, parent: s)
            child.qualname = qualname(c.name, parent: s)
            scopes[ScopeKey(stmt.range, 2)] = child
            s.children.append(child)
            try visitBody(c.body, child)
        case .try(let body, let handlers, let orElse, let fin):
            try visitBody(body, s)
            for h in handlers {
                if let t = h.type { try visit(t, s) }
                if let n = h.name { s.assign(n) }
                try visitBody(h.body, s)
            }
            try visitBody(orElse, s); try visitBody(fin, s)
        case .raise(let e, let c):
            if let e { try visit(e, s) }
            if let c { try visit(c, s) }
        case .assert(let t, let m):
            try visit(t, s); if let m { try visit(m, s) }
        case .delete(let targets): for t in targets { try visitTarget(t, s) }
        case .global(let names):
            for n in names {
                if s.assignedSet.contains(n) && !s.parameters.contains(n) {
                    throw ScopeError(message: "name '\(n)' is assigned to before global declaration", range: stmt.range)
                }
                if s.used.contains(n) {
                    throw ScopeError(message: "name '\(n)' is used prior to global declaration", range: stmt.range)
                }
                if s.parameters.contains(n) { throw ScopeError(message: "name '\(n)' is parameter and global", range: stmt.range) }
                s.globals.insert(n)
            }
        case .nonlocal(let names):
            if s.kind == .module { throw ScopeError(message: "nonlocal declaration not allowed at module level", range: stmt.range) }
            for n in names {
                if s.assignedSet.contains(n) && !s.parameters.contains(n) {
                    throw ScopeError(message: "name '\(n)' is assigned to before nonlocal declaration", range: stmt.range)
                }
                if s.parameters.contains(n) { throw ScopeError(message: "name '\(n)' is parameter and nonlocal", range: stmt.range) }
                s.nonlocals.insert(n)
                s.nonlocalRanges[n] = stmt.range
            }
        case .import(let names):
            for n in names { s.assign(n.asName ?? String(n.name.split(separator: ".")[0])) }
        case .importFrom(_, let names, _):
            for n in names where n.name != "*" { s.assign(n.asName ?? n.name) }
        case .with(let items, let body):
            for (e, t) in items { try visit(e, s); if let t { try visitTarget(t, s) } }
            try visitBody(body, s)
        }
    }

    func qualname(_ name: String, parent: Scope) -> String {
        switch parent.kind {
        case .module: return name
        case .function, .comprehension: return parent.qualname + ".<locals>." + name
        case .classBody: return parent.qualname + "." + name
        }
    }

    mutating func visitTarget(_ t: Expr, _ s: Scope) throws {
        switch t.kind {
        case .name(let n): s.assign(n)
        case .tuple(let xs), .list(let xs): for x in xs { try visitTarget(x, s) }
        case .starred(let x): try visitTarget(x, s)
        default: try visit(t, s)
        }
    }

    mutating func visit(_ e: Expr, _ s: Scope) throws {
        switch e.kind {
        case .name(let n): s.used.insert(n)
        case .constant: break
        case .fstring(let parts): try visitParts(parts, s)
        case .binary(_, let a, let b): try visit(a, s); try visit(b, s)
        case .unary(_, let a): try visit(a, s)
        case .boolOp(_, let xs): for x in xs { try visit(x, s) }
        case .compare(let a, _, let bs): try visit(a, s); for b in bs { try visit(b, s) }
        case .call(let f, let args, let kws):
            try visit(f, s)
            for a in args { try visit(a, s) }
            for k in kws { try visit(k.value, s) }
            if case .name("super") = f.kind, args.isEmpty { markSuperUse(s) }
        case .attribute(let a, _): try visit(a, s)
        case .subscript(let a, let b): try visit(a, s); try visit(b, s)
        case .slice(let a, let b, let c):
            if let a { try visit(a, s) }; if let b { try visit(b, s) }; if let c { try visit(c, s) }
        case .list(let xs), .tuple(let xs), .set(let xs): for x in xs { try visit(x, s) }
        case .dict(let es): for (k, v) in es { if let k { try visit(k, s) }; try visit(v, s) }
        case .starred(let x): try visit(x, s)
        case .ifExp(let t, let b, let o): try visit(t, s); try visit(b, s); try visit(o, s)
        case .lambda(let params, let body):
            for p in params.all { if let d = p.defaultValue { try visit(d, s) } }
            let child = Scope(.function, "<lambda>", parent: s)
            child.qualname = qualname("<lambda>", parent: s)
            scopes[ScopeKey(e.range, 3)] = child
            s.children.append(child)
            for p in params.all { child.parameters.append(p.name); child.assign(p.name) }
            try visit(body, child)
        case .namedExpr(let n, let v):
            try visit(v, s)
            // binds in the nearest enclosing non-comprehension scope
            var target = s
            while target.kind == .comprehension, let p = target.parent { target = p }
            if target.kind == .classBody && s.kind == .comprehension {
                throw ScopeError(message: "assignment expression within a comprehension cannot be used in a class body", range: e.range)
            }
            target.assign(n)
            var c: Scope? = s
            while let cc = c, cc !== target { cc.nonlocals.insert(n); if target.kind == .module { cc.globals.insert(n); cc.nonlocals.remove(n) }; c = cc.parent }
            s.used.insert(n)
        case .listComp(let el, let cs), .setComp(let el, let cs), .genExp(let el, let cs):
            try visitComprehension(e, [el], cs, s)
        case .dictComp(let k, let v, let cs):
            try visitComprehension(e, [k, v], cs, s)
        }
    }

    func markSuperUse(_ s: Scope) {
        // zero-argument super() needs the enclosing function's first argument; nothing to resolve here
        _ = s
    }

    mutating func visitParts(_ parts: [FStringPart], _ s: Scope) throws {
        for p in parts {
            if case .field(let e, _, let spec, _) = p {
                try visit(e, s)
                if let spec { try visitParts(spec, s) }
            }
        }
    }

    mutating func visitComprehension(_ e: Expr, _ elements: [Expr], _ cs: [Comprehension], _ s: Scope) throws {
        try visit(cs[0].iter, s)
        let child = Scope(.comprehension, e.kind.comprehensionName, parent: s)
        child.qualname = qualname(e.kind.comprehensionName, parent: s)
        scopes[ScopeKey(e.range, 4)] = child
        s.children.append(child)
        child.parameters.append(".0")
        child.assign(".0")
        for (i, c) in cs.enumerated() {
            try visitTarget(c.target, child)
            if i > 0 { try visit(c.iter, child) }
            for cond in c.conditions { try visit(cond, child) }
        }
        for el in elements { try visit(el, child) }
    }

    /// Decides free and cell variables for the whole tree.
    mutating func resolve(_ s: Scope) throws {
        for n in s.nonlocals.sorted() {
            guard findDefiningScope(n, from: s.parent) != nil else {
                throw ScopeError(message: "no binding for nonlocal '\(n)' found", range: s.nonlocalRanges[n] ?? .none)
            }
        }
        for c in s.children { try resolve(c) }
        if s.isFunctionLike || s.kind == .classBody {
            var names = Array(s.used) + Array(s.nonlocals)
            names.sort()
            for n in names {
                if s.globals.contains(n) { continue }
                if s.kind != .classBody && s.definesLocally(n) { continue }
                if s.kind == .classBody && !s.nonlocals.contains(n) && s.assignedSet.contains(n) && !s.freeSet.contains(n) {
                    // class-level names are looked up in the namespace first, but may still come from a cell
                }
                if let def = findDefiningScope(n, from: s.parent) {
                    def.cells.insert(n)
                    var c: Scope? = s
                    while let cc = c, cc !== def { cc.addFree(n); c = cc.parent }
                }
            }
        }
    }

    func findDefiningScope(_ n: String, from start: Scope?) -> Scope? {
        var c = start
        while let cc = c {
            if cc.kind == .module { return nil }
            if cc.isFunctionLike && !cc.globals.contains(n) {
                if cc.definesLocally(n) { return cc }
                if cc.nonlocals.contains(n) { return findDefiningScope(n, from: cc.parent) }
            }
            c = cc.parent
        }
        return nil
    }
}

extension ExprKind {
    var comprehensionName: String {
        switch self {
        case .listComp: return "<listcomp>"
        case .setComp: return "<setcomp>"
        case .dictComp: return "<dictcomp>"
        default: return "<genexpr>"
        }
    }
}
