// MiniPython: the workbook's handler language, exactly CPython 3.12 for its subset.
// See the design notes (PYTHON-SUBSET.md) for the specification; the conformance corpus in
// Tests/MiniPythonTests/Conformance is the specification in tests.
//
// Pipeline (one folder per phase):
//   Syntax/    Lexer (tokens, INDENT/DEDENT, CPython's tokenizer errors) → Parser (recursive descent, a syntax
//              tree with precise ranges, SyntaxDiagnostic values rendered as CPython prints them), REPL completeness
//   Compiler/  Scope (resolver: locals in slots, cells for closures, globals by slot) → Compiler (tree to Swift
//              closures; `Flow` for return/break/continue; `PyError` throws for exceptions, annotated with positions)
//   Runtime/   Value (small enum, payloads in final classes), object model (types, MRO, attributes, calls,
//              operators, dict/set tables with Python hashing), exceptions and tracebacks
//   Builtins/  builtin functions, type constructors and methods, format specs and %-formatting
//   Modules/   standard modules (native Swift, or CPython-compatible Python sources run by MiniPython)
//   Host/      the embedding API: `runProgram`, `Interpreter`, options, budgets, virtual filesystem, clock
//   Text/      (owned by pytext) float repr, format-spec parsing, JSON scanner, regex engine
