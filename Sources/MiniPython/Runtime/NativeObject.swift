// Base class for objects implemented in Swift by standard modules and embedders (files, datetimes, ...).

/// Subclass to implement a Python object in Swift. Methods live in `nativeType.attributes` as built-in
/// functions taking `self` first; override the hooks below for operators and protocols.
package class PyNativeObject: PyObject {
    package let nativeType: PyType
    package var attributes = AttributeTable()
    package init(type: PyType) { nativeType = type }
    package func truth(_ rt: Runtime) throws -> Bool { if let n = try length(rt) { return n != 0 }; return true }
    package func length(_ rt: Runtime) throws -> Int? { nil }
    package func repr(_ rt: Runtime) throws -> String { "<\(nativeType.name) object at \(rt.addressString(self))>" }
    package func str(_ rt: Runtime) throws -> String { try repr(rt) }
    package func hash(_ rt: Runtime) throws -> Int? { nil }
    package func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool, _ rt: Runtime) throws -> Value? { nil }
    package func unary(_ op: UnaryOperator, _ rt: Runtime) throws -> Value? { nil }
    package func compare(_ op: ComparisonOperator, _ other: Value, _ rt: Runtime) throws -> Value? { nil }
    package func contains(_ item: Value, _ rt: Runtime) throws -> Bool? { nil }
    package var isIterable: Bool { false }
    package func iterate(_ rt: Runtime) throws -> PyIterator? { nil }
    /// Attributes computed on access (checked before methods).
    package func attribute(_ name: String, _ rt: Runtime) throws -> Value? { attributes[name] }
    /// Returns false if the attribute cannot be set.
    package func setAttribute(_ name: String, _ value: Value, _ rt: Runtime) throws -> Bool { false }
    package func getItem(_ key: Value, _ rt: Runtime) throws -> Value? { nil }
    package func setItem(_ key: Value, _ value: Value?, _ rt: Runtime) throws -> Bool { false }
    package func call(_ args: [Value], _ kwargs: [(String, Value)], _ rt: Runtime) throws -> Value? { nil }
}
