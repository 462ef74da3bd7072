// libFuzzer entry for MiniPython's front end: the lexer, the parser (with its CPython-style diagnostics),
// the incremental completeness check the REPL uses, and the resolver/compiler to closures. Nothing runs.
// Built by scripts/fuzz-python into the MiniPython module itself, so it reaches package-level entry points.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontEnd(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    // The REPL's check must classify any text without crashing.
    switch Interpreter.completeness(of: source) {
    case .complete, .incomplete: break
    case .invalid(let diagnostic): _ = diagnostic.rendered
    }
    // Parse, resolve and compile as a module; a refusal must come back as a rendered diagnostic.
    switch Compiler.compileModule(source: source, filename: "fuzz.py", globals: Globals(), moduleName: "__main__") {
    case .success: break
    case .failure(let diagnostic): _ = diagnostic.rendered
    }
    return 0
}
