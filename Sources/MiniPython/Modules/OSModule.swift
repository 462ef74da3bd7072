// os and os.path over the virtual filesystem; open() and file objects.

extension Runtime {
    func osError(_ error: any Error, _ path: String) -> PyError {
        guard let f = error as? VirtualFileSystem.Failure else {
            if let e = error as? PyError { return e }
            return self.error("OSError", "\(error)")
        }
        let (type, errno, text): (String, Int, String)
        switch f {
        case .notFound: (type, errno, text) = ("FileNotFoundError", 2, "No such file or directory")
        case .exists: (type, errno, text) = ("FileExistsError", 17, "File exists")
        case .permission: (type, errno, text) = ("PermissionError", 13, "Permission denied")
        case .isDirectory: (type, errno, text) = ("IsADirectoryError", 21, "Is a directory")
        case .notDirectory: (type, errno, text) = ("NotADirectoryError", 20, "Not a directory")
        case .noSpace: (type, errno, text) = ("OSError", 28, "No space left on device")
        }
        let e = newException(types[exception: type], [.int(errno), .string(text)])
        e.attributes["filename"] = .string(path)
        return PyError(e)
    }

    func resolvePath(_ v: Value) throws -> String {
        guard case .str(let s) = v else { throw typeError("expected str, bytes or os.PathLike object, not \(typeName(v))") }
        if s.value.hasPrefix("/") { return s.value }
        return "/var/task/" + s.value
    }

    func makeOSModule() throws -> PyModule {
        let fs = host.filesystem
        let environ = PyDict()
        for (k, v) in host.environment { try environ.set(.string(k), .string(v), self) }
        let path = makeModule("os.path") { g in
            g["sep"] = .string("/")
            g["join"] = function("join") { rt, a, kw in
                var result = ""
                for (i, p) in a.enumerated() {
                    guard case .str(let s) = p else { throw rt.typeError("join() argument must be str, bytes, or os.PathLike object, not '\(rt.typeName(p))'") }
                    if s.value.hasPrefix("/") || i == 0 { result = s.value } else if result.isEmpty || result.hasSuffix("/") { result += s.value } else { result += "/" + s.value }
                }
                return .string(result)
            }
            g["exists"] = function("exists") { rt, a, kw in
                guard case .str(let ps) = a[0], !ps.value.isEmpty else { return .bool(false) }
                let (f, d) = fs.exists(try rt.resolvePath(a[0])); return .bool(f || d)
            }
            g["isfile"] = function("isfile") { rt, a, kw in .bool(fs.exists(try rt.resolvePath(a[0])).file) }
            g["isdir"] = function("isdir") { rt, a, kw in .bool(fs.exists(try rt.resolvePath(a[0])).dir) }
            g["isabs"] = function("isabs") { rt, a, kw in .bool(try rt.str(a[0]).hasPrefix("/")) }
            g["basename"] = function("basename") { rt, a, kw in
                let s = try rt.str(a[0])
                return .string(s.lastIndex(of: "/").map { String(s[s.index(after: $0)...]) } ?? s)
            }
            g["dirname"] = function("dirname") { rt, a, kw in
                let s = try rt.str(a[0])
                guard let i = s.lastIndex(of: "/") else { return .string("") }
                var head = String(s[...i])
                while head.count > 1 && head.hasSuffix("/") { head.removeLast() }
                return .string(head)
            }
            g["split"] = function("split") { rt, a, kw in
                let s = try rt.str(a[0])
                guard let i = s.lastIndex(of: "/") else { return .object(PyTuple([.string(""), .string(s)])) }
                var head = String(s[...i])
                while head.count > 1 && head.hasSuffix("/") { head.removeLast() }
                return .object(PyTuple([.string(head), .string(String(s[s.index(after: i)...]))]))
            }
            g["splitext"] = function("splitext") { rt, a, kw in
                let s = try rt.str(a[0])
                let base = s.lastIndex(of: "/").map { s.index(after: $0) } ?? s.startIndex
                let name = s[base...]
                if let dot = name.lastIndex(of: "."), name[name.startIndex..<dot].contains(where: { $0 != "." }) {
                    return .object(PyTuple([.string(String(s[..<dot])), .string(String(s[dot...]))]))
                }
                return .object(PyTuple([.string(s), .string("")]))
            }
            g["abspath"] = function("abspath") { rt, a, kw in .string(VirtualFileSystem.normalize(try rt.resolvePath(a[0]))) }
            g["normpath"] = function("normpath") { rt, a, kw in
                let s = try rt.str(a[0])
                let n = VirtualFileSystem.normalize(s)
                return .string(s.hasPrefix("/") ? n : String(n.dropFirst()).isEmpty ? "." : String(n.dropFirst()))
            }
            g["getsize"] = function("getsize") { rt, a, kw in
                let p = try rt.resolvePath(a[0])
                do { return .int(try fs.read(p).count) } catch { throw rt.osError(error, try rt.str(a[0])) }
            }
        }
        return makeModule("os") { g in
            g["environ"] = .object(environ)
            g["path"] = .object(path)
            g["sep"] = .string("/")
            g["linesep"] = .string("\n")
            g["name"] = .string("posix")
            g["getenv"] = function("getenv") { rt, a, kw in
                let args = Args(rt, "getenv", a, kw)
                guard let k = args.value(0, "key") else { throw rt.typeError("getenv() missing 1 required positional argument: 'key'") }
                guard case .str = k else { throw rt.typeError("str expected, not \(rt.typeName(k))") }
                return try environ.get(k, rt) ?? (args.value(1, "default") ?? .none)
            }
            g["getcwd"] = function("getcwd") { _, _, _ in .string("/var/task") }
            g["getpid"] = function("getpid") { _, _, _ in .int(8) }
            g["listdir"] = function("listdir") { rt, a, kw in
                let p = a.isEmpty ? "/var/task" : try rt.resolvePath(a[0])
                do { return .object(PyList(try fs.list(p).map { .string($0) })) } catch { throw rt.osError(error, a.isEmpty ? "." : try rt.str(a[0])) }
            }
            g["makedirs"] = function("makedirs") { rt, a, kw in
                let args = Args(rt, "makedirs", a, kw)
                let existOK = try args.value(2, "exist_ok").map { try rt.isTrue($0) } ?? false
                do { try fs.makeDirectory(try rt.resolvePath(a[0]), parents: true, existOK: existOK) } catch { throw rt.osError(error, try rt.str(a[0])) }
                return .none
            }
            g["mkdir"] = function("mkdir") { rt, a, kw in
                do { try fs.makeDirectory(try rt.resolvePath(a[0]), parents: false, existOK: false) } catch { throw rt.osError(error, try rt.str(a[0])) }
                return .none
            }
            for name in ["remove", "unlink"] {
                g[name] = function(name) { rt, a, kw in
                    do { try fs.remove(try rt.resolvePath(a[0]), directory: false) } catch { throw rt.osError(error, try rt.str(a[0])) }
                    return .none
                }
            }
            g["rmdir"] = function("rmdir") { rt, a, kw in
                do { try fs.remove(try rt.resolvePath(a[0]), directory: true) } catch { throw rt.osError(error, try rt.str(a[0])) }
                return .none
            }
            g["urandom"] = function("urandom") { rt, a, kw in
                let n = try rt.intArgument(a[0])
                return .object(PyBytes((0..<max(n, 0)).map { _ in UInt8(truncatingIfNeeded: rt.host.random.next()) }))
            }
            g["cpu_count"] = function("cpu_count") { _, _, _ in .int(2) }
            g["system"] = function("system") { rt, _, _ in throw rt.error("PermissionError", "[Errno 1] Operation not permitted") }
        }
    }

    func openFile(_ args: [Value], _ kw: [(String, Value)]) throws -> Value {
        let a = Args(self, "open", args, kw)
        guard let fileArg = a.value(0, "file") else { throw typeError("open() missing required argument 'file' (pos 1)") }
        let mode = try a.value(1, "mode").map { try str($0) } ?? "r"
        let path = try resolvePath(fileArg)
        let display = try str(fileArg)
        let fs = host.filesystem
        let binary = mode.contains("b")
        let valid = mode.allSatisfy { "rwaxbt+".contains($0) } && mode.filter { "rwax".contains($0) }.count == 1
        if !valid { throw valueError("invalid mode: '\(mode)'") }
        let file = PyFile(type: fileType, path: path, name: display, mode: mode, binary: binary)
        do {
            if mode.contains("r") {
                file.buffer = try fs.read(path)
                if mode.contains("+") { file.writable = true }
            } else if mode.contains("w") {
                try fs.write(path, [], append: false)
                file.writable = true
            } else if mode.contains("a") {
                try fs.write(path, [], append: true)
                file.buffer = (try? fs.read(path)) ?? []
                file.position = file.buffer.count
                file.writable = true
                file.appendMode = true
            } else if mode.contains("x") {
                try fs.write(path, [], append: false, exclusive: true)
                file.writable = true
            }
        } catch {
            throw osError(error, display)
        }
        file.readable = mode.contains("r") || mode.contains("+")
        file.fs = fs
        return .object(file)
    }

    var fileType: PyType {
        if let t = nativeTypes["TextIOWrapper_file"] { return t }
        let t = PyType(name: "TextIOWrapper", bases: [types.object], kind: .other, isBuiltin: true, module: "_io")
        t.mro = [t, types.object]
        func file(_ rt: Runtime, _ a: [Value]) throws -> PyFile {
            guard case .object(let f as PyFile)? = a.first else { throw rt.typeError("expected a file object") }
            if f.closed { throw rt.valueError("I/O operation on closed file.") }
            return f
        }
        func text(_ rt: Runtime, _ f: PyFile, _ bytes: ArraySlice<UInt8>) throws -> Value {
            if f.binary { return .object(PyBytes(Array(bytes))) }
            return try rt.decodeBytes(Array(bytes), encoding: "utf-8", errors: "strict")
        }
        method(t, "read") { rt, a, kw in
            let f = try file(rt, a)
            if !f.readable { throw rt.error("io.UnsupportedOperation", "not readable") }
            var n = a.count > 1 && !a[1].isNone ? try rt.intArgument(a[1]) : -1
            let remaining = f.buffer[f.position...]
            if n < 0 || n > remaining.count { n = remaining.count }
            if !f.binary {
                // n counts characters
                let s = String(decoding: remaining, as: UTF8.self)
                let chars = Array(s.unicodeScalars)
                let taken = String(String.UnicodeScalarView(chars.prefix(n)))
                f.position += taken.utf8.count
                return try rt.makeStr(taken)
            }
            f.position += n
            return try text(rt, f, remaining.prefix(n))
        }
        method(t, "readline") { rt, a, kw in
            let f = try file(rt, a)
            let remaining = f.buffer[f.position...]
            let end = remaining.firstIndex(of: 10).map { $0 + 1 } ?? f.buffer.count
            let line = f.buffer[f.position..<end]
            f.position = end
            return try text(rt, f, line)
        }
        method(t, "readlines") { rt, a, kw in
            let f = try file(rt, a)
            var out: [Value] = []
            while f.position < f.buffer.count {
                let end = f.buffer[f.position...].firstIndex(of: 10).map { $0 + 1 } ?? f.buffer.count
                out.append(try text(rt, f, f.buffer[f.position..<end]))
                f.position = end
            }
            return .object(PyList(out))
        }
        method(t, "write") { rt, a, kw in
            let f = try file(rt, a)
            if !f.writable { throw rt.error("io.UnsupportedOperation", "not writable") }
            let data: [UInt8]
            if f.binary {
                guard case .object(let b as PyBytes) = a[1] else { throw rt.typeError("a bytes-like object is required, not '\(rt.typeName(a[1]))'") }
                data = b.bytes
            } else {
                guard case .str(let s) = a[1] else { throw rt.typeError("write() argument must be str, not \(rt.typeName(a[1]))") }
                data = Array(s.value.utf8)
            }
            try rt.charge(data.count); rt.meter.release(data.count)
            if f.appendMode { f.position = f.buffer.count }
            let end = f.position + data.count
            if end > f.buffer.count { f.buffer += [UInt8](repeating: 0, count: end - f.buffer.count) }
            f.buffer.replaceSubrange(f.position..<end, with: data)
            f.position = end
            do { try f.fs?.write(f.path, f.buffer, append: false) } catch { throw rt.osError(error, f.name) }
            if case .str(let s) = a[1] { return .int(s.count) }
            return .int(data.count)
        }
        method(t, "writelines") { rt, a, kw in
            for line in try rt.toArray(a[1]) { _ = try rt.call(try rt.getAttribute(a[0], "write"), [line]) }
            return .none
        }
        method(t, "close") { rt, a, kw in
            if case .object(let f as PyFile) = a[0] { f.closed = true }
            return .none
        }
        method(t, "flush") { _, _, _ in .none }
        method(t, "seek") { rt, a, kw in
            let f = try file(rt, a)
            f.position = min(max(try rt.intArgument(a[1]), 0), f.buffer.count)
            return .int(f.position)
        }
        method(t, "tell") { rt, a, kw in .int(try file(rt, a).position) }
        method(t, "__enter__") { rt, a, kw in _ = try file(rt, a); return a[0] }
        method(t, "__exit__") { rt, a, kw in
            if case .object(let f as PyFile) = a[0] { f.closed = true }
            return .bool(false)
        }
        method(t, "__iter__") { rt, a, kw in
            let f = try file(rt, a)
            return .object(ClosureIterator("file_iterator") { rt in
                if f.position >= f.buffer.count { return nil }
                let end = f.buffer[f.position...].firstIndex(of: 10).map { $0 + 1 } ?? f.buffer.count
                let line = f.buffer[f.position..<end]
                f.position = end
                return try text(rt, f, line)
            })
        }
        nativeTypes["TextIOWrapper_file"] = t
        return t
    }
}

/// A file opened on the virtual filesystem (its whole contents are buffered; writes go through at once).
package final class PyFile: PyNativeObject {
    let path: String
    let name: String
    let mode: String
    let binary: Bool
    var buffer: [UInt8] = []
    var position = 0
    var readable = false
    var writable = false
    var appendMode = false
    var closed = false
    var fs: VirtualFileSystem?
    init(type: PyType, path: String, name: String, mode: String, binary: Bool) {
        self.path = path; self.name = name; self.mode = mode; self.binary = binary
        super.init(type: type)
    }
    package override var isIterable: Bool { true }
    package override func iterate(_ rt: Runtime) throws -> PyIterator? {
        if case .object(let it as PyIterator) = try rt.call(try rt.getAttribute(.object(self), "__iter__"), []) { return it }
        return nil
    }
    package override func attribute(_ name: String, _ rt: Runtime) throws -> Value? {
        switch name {
        case "name": return .string(self.name)
        case "mode": return .string(mode)
        case "closed": return .bool(closed)
        default: return nil
        }
    }
    package override func repr(_ rt: Runtime) throws -> String {
        "<_io.TextIOWrapper name=\(quoteString(name)) mode=\(quoteString(mode)) encoding='UTF-8'>"
    }
}
