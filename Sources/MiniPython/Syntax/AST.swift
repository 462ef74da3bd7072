// The syntax tree produced by the Parser. Every node carries its source range.
import BigInt

package enum Constant: Sendable {
    case none, `true`, `false`, ellipsis
    case int(Int)
    case bigInt(BigInt)
    case float(Double)
    case str(String)
    case bytes([UInt8])
}

package enum BinaryOperator: String, Sendable {
    case add = "+", sub = "-", mul = "*", div = "/", floorDiv = "//", mod = "%", pow = "**"
    case lshift = "<<", rshift = ">>", bitOr = "|", bitXor = "^", bitAnd = "&", matMul = "@"
}

package enum UnaryOperator: String, Sendable { case neg = "-", pos = "+", invert = "~", not = "not" }

package enum ComparisonOperator: String, Sendable {
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
    case `is` = "is", isNot = "is not", `in` = "in", notIn = "not in"
}

package struct Expr: Sendable {
    package var kind: ExprKind
    package var range: SourceRange
    package init(_ kind: ExprKind, _ range: SourceRange) { self.kind = kind; self.range = range }
}

package struct Keyword: Sendable {
    /// nil for `**mapping`.
    package var name: String?
    package var value: Expr
    package var range: SourceRange
}

package struct Comprehension: Sendable {
    package var target: Expr
    package var iter: Expr
    package var conditions: [Expr]
}

/// One piece of an f-string: literal text or a replacement field.
package enum FStringPart: Sendable {
    case literal(String)
    /// expression, conversion (`r`, `s`, `a` or nil), format spec (itself an f-string) and debug text for `{x=}`.
    case field(Expr, conversion: Character?, spec: [FStringPart]?, debugText: String?)
}

package indirect enum ExprKind: Sendable {
    case name(String)
    case constant(Constant)
    case fstring([FStringPart])
    case binary(BinaryOperator, Expr, Expr)
    case unary(UnaryOperator, Expr)
    case boolOp(isAnd: Bool, [Expr])
    case compare(Expr, [ComparisonOperator], [Expr])
    case call(Expr, [Expr], [Keyword])
    case attribute(Expr, String)
    case `subscript`(Expr, Expr)
    case slice(Expr?, Expr?, Expr?)
    case list([Expr])
    case tuple([Expr])
    case set([Expr])
    /// key nil means `**mapping`.
    case dict([(Expr?, Expr)])
    case starred(Expr)
    case ifExp(test: Expr, body: Expr, orElse: Expr)
    case lambda(Parameters, Expr)
    case namedExpr(String, Expr)
    case listComp(Expr, [Comprehension])
    case setComp(Expr, [Comprehension])
    case dictComp(Expr, Expr, [Comprehension])
    case genExp(Expr, [Comprehension])
}

package struct Parameter: Sendable {
    package var name: String
    package var defaultValue: Expr?
    package var range: SourceRange
}

package struct Parameters: Sendable {
    package var positionalOnly: [Parameter] = []
    package var positional: [Parameter] = []
    package var varArgs: Parameter?
    package var keywordOnly: [Parameter] = []
    package var varKeywords: Parameter?
    package init() {}
    package var all: [Parameter] {
        positionalOnly + positional + (varArgs.map { [$0] } ?? []) + keywordOnly + (varKeywords.map { [$0] } ?? [])
    }
}

package struct FunctionDef: Sendable {
    package var name: String
    package var parameters: Parameters
    package var body: [Stmt]
    package var decorators: [Expr]
    /// The source line of `def` (after decorators).
    package var defLine: Int
}

package struct ClassDef: Sendable {
    package var name: String
    package var bases: [Expr]
    package var keywords: [Keyword]
    package var body: [Stmt]
    package var decorators: [Expr]
}

package struct ExceptHandler: Sendable {
    package var type: Expr?
    package var name: String?
    package var body: [Stmt]
    package var range: SourceRange
}

package struct ImportName: Sendable {
    package var name: String
    package var asName: String?
    package var range: SourceRange
}

package struct Stmt: Sendable {
    package var kind: StmtKind
    package var range: SourceRange
    package init(_ kind: StmtKind, _ range: SourceRange) { self.kind = kind; self.range = range }
}

package indirect enum StmtKind: Sendable {
    case expr(Expr)
    case assign(targets: [Expr], value: Expr)
    case augAssign(Expr, BinaryOperator, Expr)
    case annAssign(Expr, annotation: Expr, value: Expr?)
    case pass
    case `break`
    case `continue`
    case `return`(Expr?)
    case `if`(Expr, [Stmt], [Stmt])
    case `while`(Expr, [Stmt], [Stmt])
    case `for`(Expr, Expr, [Stmt], [Stmt])
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case `try`(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt])
    case raise(Expr?, cause: Expr?)
    case assert(Expr, Expr?)
    case delete([Expr])
    case global([String])
    case nonlocal([String])
    case `import`([ImportName])
    case importFrom(module: String, names: [ImportName], level: Int)
    case with([(Expr, Expr?)], [Stmt])
}
