// Importing modules: built-in (native) modules, registered native modules, and source files of the code package.

extension Runtime {
    package func importModule(_ name: String) throws -> PyModule {
        if let m = modules[name] { return m }
        if name.contains(".") {
            let parts = name.split(separator: ".").map(String.init)
            let parent = try importModule(parts.dropLast().joined(separator: "."))
            if let m = modules[name] { return m }
            if let sub = parent.globals[parts.last!], case .object(let o as PyModule) = sub {
                modules[name] = o
                return o
            }
            if moduleSources[name] == nil && nativeModules[name] == nil && standardModuleBuilders[name] == nil {
                throw moduleNotFound(name)
            }
            let m = try loadModule(name)
            parent.globals[parts.last!] = .object(m)
            return m
        }
        return try loadModule(name)
    }

    private func moduleNotFound(_ name: String) -> PyError {
        let e = error("ModuleNotFoundError", "No module named '\(name)'")
        e.exception.attributes["name"] = .string(name)
        return e
    }

    private func loadModule(_ name: String) throws -> PyModule {
        if let builder = nativeModules[name] {
            let m = try builder(self)
            modules[name] = m
            return m
        }
        if let (path, source) = moduleSources[name] {
            return try runModuleSource(name: name, path: path, source: source)
        }
        if let builder = standardModuleBuilders[name] {
            let m = try builder(self)
            modules[name] = m
            return m
        }
        throw moduleNotFound(name)
    }

    /// Runs `source` as module `name` (top-level code runs once; the module is cached first, for circular imports).
    package func runModuleSource(name: String, path: String, source: String) throws -> PyModule {
        let globals = Globals()
        globals["__name__"] = .string(name)
        globals["__file__"] = .string(path)
        globals["__doc__"] = Value.none
        let module = PyModule(name: name, globals: globals)
        modules[name] = module
        modulePaths[name] = path
        sourceFiles[path] = source
        do {
            try execute(source: source, filename: path, globals: globals, moduleName: name)
        } catch {
            modules[name] = nil
            throw error
        }
        return module
    }

    /// Compiles and runs module-level code with the given globals.
    package func execute(source: String, filename: String, globals: Globals, moduleName: String) throws {
        sourceFiles[filename] = source
        let code: CodeObject
        switch Compiler.compileModule(source: source, filename: filename, globals: globals, moduleName: moduleName) {
        case .success(let c): code = c
        case .failure(let d): throw syntaxErrorException(d)
        }
        let frame = Frame(rt: self, code: code, globals: globals, function: nil)
        try enterCall()
        frame.back = currentFrame
        currentFrame = frame
        defer { depth -= 1; currentFrame = frame.back }
        do {
            _ = try code.body(frame)
        } catch let e as PyError {
            leaveFrame(e, code: code)
            throw e
        }
    }

    package func syntaxErrorException(_ d: SyntaxDiagnostic) -> PyError {
        let e = newException(types[exception: d.kind.rawValue], [.string(d.message)])
        e.attributes["filename"] = .string(d.filename)
        e.attributes["lineno"] = .int(d.line)
        e.attributes["offset"] = .int(d.column)
        e.attributes["text"] = d.sourceLine.map { .string($0) } ?? Value.none
        e.attributes["end_lineno"] = .int(d.endLine)
        e.attributes["end_offset"] = .int(d.endColumn)
        e.attributes["msg"] = .string(d.message)
        e.syntaxDiagnostic = d
        return PyError(e)
    }

    package func makeModule(_ name: String, _ fill: (Globals) throws -> Void) rethrows -> PyModule {
        let g = Globals()
        g["__name__"] = .string(name)
        try fill(g)
        return PyModule(name: name, globals: g)
    }

    package func function(_ name: String, _ body: @escaping PyBuiltinFunction.Body) -> Value {
        .object(PyBuiltinFunction(name, body))
    }
}
