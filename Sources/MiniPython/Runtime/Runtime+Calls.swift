// Calling: functions (argument binding with CPython's messages), methods, classes and built-ins.

extension Runtime {
    package func call(_ callee: Value, _ args: [Value], _ kwargs: [(String, Value)] = []) throws -> Value {
        guard case .object(let o) = callee else {
            throw typeError("'\(typeName(callee))' object is not callable")
        }
        switch o {
        case let f as PyFunction: return try callFunction(f, args, kwargs)
        case let b as PyBuiltinFunction:
            if let s = b.selfValue { return try b.body(self, [s] + args, kwargs) }
            return try b.body(self, args, kwargs)
        case let m as PyBoundMethod:
            if case .object(let fo) = m.function, let f = fo as? PyFunction {
                return try callFunction(f, args, kwargs, selfArgument: m.selfValue)
            }
            return try call(m.function, [m.selfValue] + args, kwargs)
        case let t as PyType: return try instantiate(t, args, kwargs)
        case let i as PyInstance:
            if let c = i.cls.lookupUser("__call__") {
                // a Python __call__ runs with the instance as self, as its bound method would
                if case .object(let co) = c, type(of: co) == PyFunction.self {
                    return try callFunction(unsafeDowncast(co, to: PyFunction.self), args, kwargs, selfArgument: callee)
                }
                return try call(try bind(c, to: callee, cls: i.cls), args, kwargs)
            }
        case let n as PyNativeObject:
            if let r = try n.call(args, kwargs, self) { return r }
        case let s as PyStaticMethod:
            return try call(s.function, args, kwargs)
        default: break
        }
        throw typeError("'\(typeName(callee))' object is not callable")
    }

    /// For a plain user class (no native constructor, no `__new__`, not an exception, no built-in base but
    /// `object`), calling it makes a `PyInstance` and runs `__init__` on it: returns (true, that `__init__` if it is a
    /// Python function, else nil). Memoized per type epoch. Constructors are only ever registered for a type as it
    /// is made, so a class found without one keeps having none.
    @inline(__always) func plainInit(_ t: PyType) -> (plain: Bool, initFunction: PyFunction?) {
        if let e = t.epoch, e.value == t.initPlanEpoch { return (t.initPlanPlain, t.initPlanFunction) }
        return refreshInitPlan(t)
    }

    private func refreshInitPlan(_ t: PyType) -> (plain: Bool, initFunction: PyFunction?) {
        var plain = !t.isBuiltin && !t.isException && constructors[ObjectIdentifier(t)] == nil && t.lookupUser("__new__") == nil
            && !t.mro.contains { $0.isBuiltin && $0 !== types.object }
        var initFunction: PyFunction? = nil
        if plain, let i = t.lookupUser("__init__") {
            if case .object(let io) = i, let fn = io as? PyFunction { initFunction = fn } else { plain = false }
        }
        if let e = t.epoch {
            t.initPlanEpoch = e.value
            t.initPlanPlain = plain
            t.initPlanFunction = initFunction
        }
        return (plain, initFunction)
    }

    package func instantiate(_ t: PyType, _ args: [Value], _ kwargs: [(String, Value)]) throws -> Value {
        let plan = plainInit(t)
        if plan.plain, let initFunction = plan.initFunction {
            let instance = Value.object(PyInstance(t))
            let r = try callFunction(initFunction, args, kwargs, selfArgument: instance)
            if case .none = r {} else { throw typeError("__init__() should return None, not '\(typeName(r))'") }
            return instance
        }
        if !t.isBuiltin, let ctor = constructors[ObjectIdentifier(t)] { return try ctor(self, args, kwargs) }
        if t.isBuiltin {
            if let ctor = constructors[ObjectIdentifier(t)] { return try ctor(self, args, kwargs) }
            if t.isException {
                var cls = t
                var a = args
                var filename: Value? = nil
                if t.isSubtype(of: types[exception: "OSError"]), args.count >= 2, case .int(let errno) = args[0] {
                    if t === types[exception: "OSError"] {
                        let map = [2: "FileNotFoundError", 17: "FileExistsError", 13: "PermissionError", 1: "PermissionError",
                                   21: "IsADirectoryError", 20: "NotADirectoryError", 110: "TimeoutError"]
                        if let n = map[errno] { cls = types[exception: n] }
                    }
                    if args.count >= 3 && args.count <= 5 { filename = args[2]; a = Array(args.prefix(2)) }
                }
                let e = newException(cls, a)
                if let filename { e.attributes["filename"] = filename }
                if !kwargs.isEmpty { throw typeError("\(t.name)() takes no keyword arguments") }
                return .object(e)
            }
            throw typeError("cannot create '\(t.name)' instances")
        }
        // user class
        let instance: Value
        if let newMethod = t.lookupUser("__new__"), case .object(let no) = newMethod, no is PyFunction || no is PyStaticMethod {
            let fn: Value = (no as? PyStaticMethod)?.function ?? newMethod
            instance = try call(fn, [.object(t)] + args, kwargs)
            if !typeOf(instance).isSubtype(of: t) { return instance }
        } else if t.isException {
            let e = PyException(t)
            e.args = args
            instance = .object(e)
        } else if let base = t.mro.first(where: { $0.isBuiltin && $0 !== types.object }), base.kind != .object {
            throw notImplemented("subclassing the built-in type '\(base.name)'")
        } else {
            instance = .object(PyInstance(t))
        }
        if let initMethod = t.lookupUser("__init__") {
            if case .object(let io as PyFunction) = initMethod {
                let r = try callFunction(io, args, kwargs, selfArgument: instance)
                if case .none = r {} else { throw typeError("__init__() should return None, not '\(typeName(r))'") }
            } else if !t.isException && (!args.isEmpty || !kwargs.isEmpty) && t.lookupUser("__new__") == nil {
                throw typeError("\(t.name)() takes no arguments")
            }
        } else if !t.isException && (!args.isEmpty || !kwargs.isEmpty) && t.lookupUser("__new__") == nil {
            throw typeError("\(t.name)() takes no arguments")
        }
        return instance
    }

    /// Guards the host stack and the recursion limit around a Python-level call.
    @inline(__always) package func enterCall() throws {
        depth += 1
        if depth > recursionLimit {
            depth -= 1
            throw error("RecursionError", "maximum recursion depth exceeded")
        }
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        if here < stackFloor {
            depth -= 1
            throw error("RecursionError", "maximum recursion depth exceeded")
        }
    }

    package func callFunction(_ f: PyFunction, _ args: [Value], _ kwargs: [(String, Value)], selfArgument: Value? = nil) throws -> Value {
        let code = f.code
        if kwargs.isEmpty {
            // positional arguments only, no *args/**kwargs parameters: straight into the slots
            let shift = selfArgument == nil ? 0 : 1
            if bindsDirectly(f, args.count &+ shift) {
                let frame = makeFrame(f)
                if let s = selfArgument { frame.locals[0] = s }
                var i = 0
                while i < args.count { frame.locals[i &+ shift] = args[i]; i &+= 1 }
                fillDefaults(f, frame, from: args.count &+ shift)
                return try run(f, consume frame)
            }
        }
        let frame = makeFrame(f)
        if let s = selfArgument {
            if args.count + 1 <= code.positionalCount {
                // fast path: bind self and the positional arguments directly
                if let va = code.varArgsSlot { frame.locals[va] = .object(PyTuple([])) }
                frame.locals[0] = s
                for i in 0..<args.count { frame.locals[i + 1] = args[i] }
                try bindRest(f, frame, given: args.count + 1, kwargs)
            } else {
                try bindArguments(f, frame, [s] + args, kwargs)
            }
        } else {
            try bindArguments(f, frame, args, kwargs)
        }
        return try run(f, consume frame)
    }

    /// True when `f` takes exactly `n` plain positional parameters (so arguments can go straight into slots).
    @inline(__always) package func takesExactly(_ f: PyFunction, _ n: Int) -> Bool {
        let code = f.code
        return code.positionalCount == n && code.varArgsSlot == nil && code.varKeywordsSlot == nil && code.keywordOnlyNames.isEmpty
    }

    /// A frame for a call of `f`, its slots empty: a finished frame of the same size from the free list, or a new one.
    @inline(__always) package func makeFrame(_ f: PyFunction) -> Frame {
        let code = f.code
        let n = code.localCount &+ 1
        if n < Runtime.pooledSlotCounts, let fr = spareFrames[n].take() {
            spareFrames[n] = fr.nextSpare.take()
            spareCounts[n] &-= 1
            if fr.code !== code { fr.code = code }
            if fr.globals !== f.globals { fr.globals = f.globals }
            fr.function = f
            return fr
        }
        return Frame(rt: self, code: code, globals: f.globals, function: f)
    }

    /// Puts a finished frame on the free list, unless something else still holds it (then it is freed as usual
    /// once that lets go). The uniqueness check makes reuse safe: every other reference to a frame is strong.
    @inline(__always) func recycle(_ frame: consuming Frame) {
        var fr = consume frame
        guard isKnownUniquelyReferenced(&fr) else { return }
        let n = fr.slotCount
        guard n < Runtime.pooledSlotCounts, spareCounts[n] < Runtime.sparesPerSlotCount else { return }
        fr.clear()
        fr.nextSpare = spareFrames[n].take()
        spareFrames[n] = fr
        spareCounts[n] &+= 1
    }

    /// Calls `callee` with one argument (a property getter, a decorator): a Python function's frame is filled directly.
    package func call1(_ callee: Value, _ a: Value) throws -> Value {
        if case .object(let o) = callee, type(of: o) == PyFunction.self {
            let fn = unsafeDowncast(o, to: PyFunction.self)
            if bindsDirectly(fn, 1) {
                let frame = makeFrame(fn)
                frame.locals[0] = a
                fillDefaults(fn, frame, from: 1)
                return try run(fn, consume frame)
            }
        }
        return try call(callee, [a])
    }

    /// True when `n` positional arguments can go straight into `f`'s first slots, the parameters after them taking
    /// their defaults (`fillDefaults`): `f` has no `*args`, `**kwargs` or keyword-only parameters.
    @inline(__always) package func bindsDirectly(_ f: PyFunction, _ n: Int) -> Bool {
        let code = f.code
        return n <= code.positionalCount && n >= code.positionalCount - f.defaults.count && code.varArgsSlot == nil
            && code.varKeywordsSlot == nil && code.keywordOnlyNames.isEmpty
    }

    /// Gives the positional parameters from `n` on their defaults (after `bindsDirectly(f, n)`).
    @inline(__always) package func fillDefaults(_ f: PyFunction, _ frame: Frame, from n: Int) {
        let np = f.code.positionalCount
        if n < np {
            let first = np - f.defaults.count
            for i in n..<np { frame.locals[i] = f.defaults[i - first] }
        }
    }

    /// `super().name` for a call, when it is a Python function to run with the super object's `self` as its first
    /// argument (what `superAttribute` would bind); nil otherwise (the caller takes the general path).
    func superMethod(_ s: PySuper, _ name: String) -> PyFunction? {
        if case .object(let st) = s.selfValue, st is PyType { return nil }
        let mro = s.selfType.mro
        guard let idx = mro.firstIndex(where: { $0 === s.startAfter }) else { return nil }
        for t in mro[(idx + 1)...] {
            if let a = t.attributes[name] {
                if case .object(let o) = a, type(of: o) == PyFunction.self { return unsafeDowncast(o, to: PyFunction.self) }
                return nil
            }
        }
        return nil
    }

    /// Runs a frame whose arguments are already bound, then recycles it.
    @inline(__always) package func run(_ f: PyFunction, _ frame: consuming Frame) throws -> Value {
        let code = f.code
        if !code.ownCellNames.isEmpty {
            var cells: [Cell] = []
            cells.reserveCapacity(code.ownCellNames.count + f.closure.count)
            for slot in code.ownCellParameterSlots { cells.append(Cell(slot.flatMap { frame.locals[$0] })) }
            cells.append(contentsOf: f.closure)
            frame.cells = cells
        } else if !f.closure.isEmpty {
            frame.cells = f.closure
        }
        try enterCall()
        frame.back = currentFrame
        currentFrame = frame
        let result: Value
        do {
            result = try code.body(frame)
        } catch {
            depth -= 1
            currentFrame = frame.back.take()
            if let e = error as? PyError { leaveFrame(e, code: code) }
            throw error
        }
        depth -= 1
        currentFrame = frame.back.take()
        recycle(consume frame)
        return result
    }

    /// Records the frame's traceback entry as an exception leaves it.
    package func leaveFrame(_ e: PyError, code: CodeObject) {
        if e.frameCommitted {
            e.frameCommitted = false
        } else {
            let site = e.exception.pendingSite
            e.exception.traceback.append(TracebackEntry(filename: code.filename, line: site?.range.start.line ?? code.firstLine, name: code.name, site: site))
        }
        e.exception.pendingSite = nil
    }

    /// Keywords, defaults and missing-argument checks after `given` positional arguments were stored.
    private func bindRest(_ f: PyFunction, _ frame: Frame, given n: Int, _ kwargs: [(String, Value)]) throws {
        let code = f.code
        let np = code.positionalCount
        if let vk = code.varKeywordsSlot { frame.locals[vk] = .object(PyDict()) }
        if !kwargs.isEmpty {
            var extra: PyDict? = nil
            if let vk = code.varKeywordsSlot, case .object(let d as PyDict)? = frame.locals[vk] { extra = d }
            let kwTotal = np + code.keywordOnlyNames.count
            outer: for (k, v) in kwargs {
                for i in code.positionalOnlyCount..<kwTotal where code.parameterNames[i] == k {
                    if frame.locals[i] != nil { throw typeError("\(f.qualname)() got multiple values for argument '\(k)'") }
                    frame.locals[i] = v
                    continue outer
                }
                if let d = extra { try d.set(.string(k), v, self) } else {
                    if code.parameterNames[0..<code.positionalOnlyCount].contains(k) {
                        throw typeError("\(f.qualname)() got some positional-only arguments passed as keyword arguments: '\(k)'")
                    }
                    throw typeError("\(f.qualname)() got an unexpected keyword argument '\(k)'")
                }
            }
        }
        if n < np {
            let firstDefault = np - f.defaults.count
            var missing: [String] = []
            for i in n..<np where frame.locals[i] == nil {
                if i >= firstDefault { frame.locals[i] = f.defaults[i - firstDefault] } else { missing.append(code.parameterNames[i]) }
            }
            if !missing.isEmpty { throw missingArguments(f, missing, kind: "positional") }
        }
        if !code.keywordOnlyNames.isEmpty {
            var missing: [String] = []
            for (j, name) in code.keywordOnlyNames.enumerated() where frame.locals[np + j] == nil {
                if let d = f.keywordDefaults[name] { frame.locals[np + j] = d } else { missing.append(name) }
            }
            if !missing.isEmpty { throw missingArguments(f, missing, kind: "keyword-only") }
        }
    }

    private func bindArguments(_ f: PyFunction, _ frame: Frame, _ args: [Value], _ kwargs: [(String, Value)]) throws {
        let code = f.code
        let np = code.positionalCount
        if args.count > np {
            if let va = code.varArgsSlot {
                frame.locals[va] = .object(PyTuple(np == 0 ? args : Array(args[np...])))
            } else {
                throw tooManyPositional(f, given: args.count)
            }
        } else if let va = code.varArgsSlot {
            frame.locals[va] = .object(PyTuple([]))
        }
        let n = min(args.count, np)
        for i in 0..<n { frame.locals[i] = args[i] }
        try bindRest(f, frame, given: n, kwargs)
    }

    private func tooManyPositional(_ f: PyFunction, given: Int) -> PyError {
        let np = f.code.positionalCount
        let minCount = np - f.defaults.count
        let takes: String
        if f.defaults.isEmpty { takes = "\(np) positional argument\(np == 1 ? "" : "s")" }
        else { takes = "from \(minCount) to \(np) positional arguments" }
        let was = given == 1 ? "was" : "were"
        return typeError("\(f.qualname)() takes \(takes) but \(given) \(was) given")
    }

    private func missingArguments(_ f: PyFunction, _ names: [String], kind: String) -> PyError {
        let quoted = names.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
        let s = names.count == 1 ? "" : "s"
        return typeError("\(f.qualname)() missing \(names.count) required \(kind) argument\(s): \(list)")
    }
}
