// Raising, matching and chaining exceptions; "Did you mean" suggestions.

extension Runtime {
    /// Adds the current frame's traceback entry to an exception caught (or passing a finally/with) in that frame.
    package func commitFrame(_ e: PyError, _ f: Frame) {
        if e.frameCommitted { return }
        let site = e.exception.pendingSite
        e.exception.traceback.append(TracebackEntry(filename: f.code.filename, line: site?.range.start.line ?? f.code.firstLine, name: f.code.name, site: site))
        e.exception.pendingSite = nil
        e.frameCommitted = true
    }

    package func exceptionMatches(_ e: PyException, _ t: Value) throws -> Bool {
        switch t {
        case .object(let o as PyType):
            guard o.isException else {
                throw typeError("catching classes that do not inherit from BaseException is not allowed")
            }
            return e.cls.isSubtype(of: o)
        case .object(let o as PyTuple):
            for x in o.items where try exceptionMatches(e, x) { return true }
            return false
        default:
            throw typeError("catching classes that do not inherit from BaseException is not allowed")
        }
    }

    package func exceptionFrom(_ v: Value, forCause: Bool) throws -> PyException {
        switch v {
        case .object(let e as PyException): return e
        case .object(let t as PyType) where t.isException:
            let r = try call(v, [])
            if case .object(let e as PyException) = r { return e }
            throw typeError("calling \(try repr(v)) should have returned an instance of BaseException, not \(typeName(r))")
        default:
            throw typeError(forCause ? "exception causes must derive from BaseException" : "exceptions must derive from BaseException")
        }
    }

    /// True if `candidate` already appears in `e`'s context chain (avoids cycles).
    package func chainContains(_ candidate: PyException, _ e: PyException) -> Bool {
        var c: PyException? = candidate.context
        var n = 0
        while let x = c, n < 1000 { if x === e { return true }; c = x.context; n += 1 }
        return false
    }

    package func nameError(_ name: String, frame: Frame) -> PyError {
        let err = error("NameError", "name '\(name)' is not defined")
        err.exception.attributes["name"] = .string(name)
        var suggestion: String? = nil
        let localNames = (0..<frame.code.localCount).compactMap { frame.locals[$0] != nil || true ? frame.code.localNames[$0] : nil }
        if let s = bestSuggestion(name, localNames + frame.code.ownCellNames + frame.code.freeNames) { suggestion = s }
        else if let selfIndex = frame.code.parameterNames.firstIndex(of: "self"), let selfValue = frame.locals[selfIndex],
                (try? lookupAttribute(selfValue, name)) != nil {
            suggestion = "self." + name
        }
        else if let s = bestSuggestion(name, frame.globals.definedNames) { suggestion = s }
        else if let s = bestSuggestion(name, builtinNames) { suggestion = s }
        if let s = suggestion {
            err.exception.suggestion = "Did you mean: '\(s)'?"
        } else if standardModuleNames.contains(name) {
            err.exception.suggestion = "Did you forget to import '\(name)'?"
        }
        return err
    }

    package func suggestAttribute(_ v: Value, _ name: String) -> String? {
        guard let names = try? directory(v) else { return nil }
        return bestSuggestion(name, names).map { "Did you mean: '\($0)'?" }
    }

    package func bestSuggestion(_ name: String, _ candidates: [String]) -> String? {
        if candidates.count > 750 { return nil }
        let a = Array(name.utf8)
        if a.count > 40 { return nil }
        var best: String? = nil
        var bestDistance = Int.max
        for c in candidates where c != name {
            let b = Array(c.utf8)
            var maxDistance = (a.count + b.count + 3) * 2 / 6
            maxDistance = min(maxDistance, bestDistance - 1)
            let d = levenshtein(a, b, maxDistance)
            if d > maxDistance { continue }
            if best == nil || d < bestDistance { best = c; bestDistance = d }
        }
        return best
    }

    private func levenshtein(_ a0: [UInt8], _ b0: [UInt8], _ maxCost: Int) -> Int {
        if a0 == b0 { return 0 }
        var a = a0[...], b = b0[...]
        while let x = a.first, let y = b.first, x == y { a = a.dropFirst(); b = b.dropFirst() }
        while let x = a.last, let y = b.last, x == y { a = a.dropLast(); b = b.dropLast() }
        if a.isEmpty || b.isEmpty { return 2 * (a.count + b.count) }
        if a.count > 40 || b.count > 40 { return maxCost + 1 }
        if b.count < a.count { swap(&a, &b) }
        if (b.count - a.count) * 2 > maxCost { return maxCost + 1 }
        let aa = Array(a), bb = Array(b)
        var row = Array(stride(from: 2, to: 2 * (aa.count + 1), by: 2))
        var result = 0
        for bi in 0..<bb.count {
            let bc = bb[bi]
            var distance = bi * 2
            result = distance
            var minimum = Int.max
            for i in 0..<aa.count {
                let ac = aa[i]
                let cost: Int
                if ac == bc { cost = 0 } else if lower(ac) == lower(bc) { cost = 1 } else { cost = 2 }
                let substitute = distance + cost
                distance = row[i]
                let insertDelete = min(result, distance) + 2
                result = min(insertDelete, substitute)
                row[i] = result
                if result < minimum { minimum = result }
            }
            if minimum > maxCost { return maxCost + 1 }
        }
        return result
    }

    private func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c + 32 : c }

    /// `dir(v)`: sorted attribute names.
    package func directory(_ v: Value) throws -> [String] {
        var names = Set<String>()
        if case .object(let o) = v {
            switch o {
            case let i as PyInstance: names.formUnion(i.attributes.names)
            case let m as PyModule: names.formUnion(m.globals.definedNames)
            case let t as PyType: for c in t.mro { names.formUnion(c.attributes.names) }
            case let n as PyNativeObject: names.formUnion(n.attributes.names)
            case let f as PyFunction: names.formUnion(f.attributes.names)
            default: break
            }
        }
        if case .object(let o) = v, o is PyModule || o is PyType {} else {
            for c in typeOf(v).mro { names.formUnion(c.attributes.names) }
        }
        return names.sorted { compareScalars($0, $1) < 0 }
    }
}

package let standardModuleNames: Set<String> = [
    "sys", "json", "math", "time", "os", "random", "string", "typing", "collections", "functools", "itertools",
    "copy", "datetime", "re", "base64", "uuid", "decimal", "logging", "traceback", "urllib", "hashlib",
]
