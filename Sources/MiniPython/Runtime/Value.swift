// Runtime values: a small enum whose payloads are final classes.
// Stored properties of the interpreter's classes are `@exclusivity(unchecked)`: a runtime is used by one thread
// at a time and no code holds an inout access to them across a call back into Python, so the dynamic
// exclusivity checks (a large share of the time on hot paths) can never fire.
import BigInt

/// A Python value. Small ints, floats, bools and None carry no allocation.
package enum Value {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case str(PyStr)
    case object(PyObject)

    @inline(__always) package static func string(_ s: String) -> Value { .str(PyStr(s)) }
    package static func bigint(_ b: BigInt) -> Value {
        if let i = Int(exactly: b) { return .int(i) }
        return .object(PyBigInt(b))
    }
}

/// Counts bytes allocated by Python objects, deterministically; objects give their bytes back when freed.
package final class MemoryMeter {
    @exclusivity(unchecked) package var current = 0
    @exclusivity(unchecked) package var highWater = 0
    @exclusivity(unchecked) package var limit = Int.max
    package init() {}
    /// Returns false (and charges nothing) if the charge would pass the limit.
    @inline(__always) package func charge(_ bytes: Int) -> Bool {
        let next = current &+ bytes
        if next > limit || bytes < 0 && false { return false }
        current = next
        if next > highWater { highWater = next }
        return true
    }
    @inline(__always) package func release(_ bytes: Int) { current &-= bytes }
}

/// Base class of every heap value except `str`.
package class PyObject {
    package init() {}
}

package final class PyBigInt: PyObject {
    package let value: BigInt
    package init(_ v: BigInt) { value = v }
}

/// A Python `str`: a Swift String plus O(1) code-point indexing for ASCII (and a scalar array otherwise).
package final class PyStr {
    // Declared largest first, the flags last: 16 bytes smaller per string than an `Int?` hash in the middle.
    package let value: String
    @exclusivity(unchecked) private var _count = -1
    @exclusivity(unchecked) private var _hash = 0
    @exclusivity(unchecked) private var _scalars: [Unicode.Scalar]? = nil
    @exclusivity(unchecked) package var meter: MemoryMeter? = nil
    @exclusivity(unchecked) package var charged = 0
    @exclusivity(unchecked) private var _ascii: Int8 = -1
    @exclusivity(unchecked) private var _hashed = false

    package init(_ s: String) { value = s }
    /// A string already known to be all ASCII (a piece of an ASCII string).
    package init(ascii s: String) { value = s; _ascii = 1 }
    deinit { if charged != 0 { meter?.release(charged) } }

    /// Runs `body` on the string's UTF-8 bytes (native strings are contiguous: no copy).
    @inline(__always) package func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        var v = value
        return try v.withUTF8(body)
    }

    /// True only when the string is already known to be all ASCII (nothing is scanned).
    package var knownASCII: Bool { _ascii == 1 }
    package var isASCII: Bool {
        if _ascii < 0 { _ascii = value.utf8.allSatisfy { $0 < 128 } ? 1 : 0 }
        return _ascii == 1
    }
    package var count: Int {
        if _count < 0 { _count = isASCII ? value.utf8.count : value.unicodeScalars.count }
        return _count
    }
    package var scalars: [Unicode.Scalar] {
        if let s = _scalars { return s }
        let s = Array(value.unicodeScalars)
        _scalars = s
        return s
    }
    /// The code point at index `i` (0 <= i < count).
    package func scalar(at i: Int) -> Unicode.Scalar {
        if isASCII {
            return value.utf8.withContiguousStorageIfAvailable { Unicode.Scalar($0[i]) } ?? scalars[i]
        }
        return scalars[i]
    }
    package func substring(_ lo: Int, _ hi: Int) -> String {
        if lo >= hi { return "" }
        if isASCII {
            let u = value.utf8
            let a = u.index(u.startIndex, offsetBy: lo)
            let b = u.index(a, offsetBy: hi - lo)
            return String(value[a..<b])
        }
        return String(String.UnicodeScalarView(scalars[lo..<hi]))
    }
    /// Python's `==` for two strs: the same code points (byte-wise UTF-8 equality, not Swift's canonical equivalence).
    @inline(__always) package func equals(_ other: PyStr) -> Bool {
        if self === other { return true }
        if _hashed && other._hashed && _hash != other._hash { return false }
        return withUTF8 { a in
            other.withUTF8 { b in
                guard a.count == b.count else { return false }
                var i = 0
                while i < a.count { if a[i] != b[i] { return false }; i += 1 }
                return true
            }
        }
    }

    /// Python's order of two strs (by code point, which UTF-8 byte order preserves): -1, 0 or 1.
    package func compare(_ other: PyStr) -> Int {
        if self === other { return 0 }
        return withUTF8 { a in other.withUTF8 { b in Runtime.compareBytes(a, b) } }
    }

    /// Deterministic hash (FNV-1a over UTF-8), cached.
    package var hash: Int {
        if _hashed { return _hash }
        var h: UInt64 = 0xcbf29ce484222325
        for b in value.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        var r = Int(bitPattern: UInt(h))
        if r == -1 { r = -2 }
        _hash = r
        _hashed = true
        return r
    }
}

/// A closure cell for variables shared between a function and its nested functions.
package final class Cell {
    @exclusivity(unchecked) package var value: Value?
    package init(_ v: Value? = nil) { value = v }
}

package final class PyList: PyObject {
    @exclusivity(unchecked) package var items: [Value]
    /// Bytes charged to `meter` for this list's storage (given back when the list is freed).
    @exclusivity(unchecked) package var charged = 0
    @exclusivity(unchecked) package var meter: MemoryMeter? = nil
    package init(_ items: [Value] = []) { self.items = items }
    deinit { if charged != 0 { meter?.release(charged) } }
}

package final class PyTuple: PyObject {
    package let items: [Value]
    /// For tuple subclasses provided natively (namedtuple classes).
    @exclusivity(unchecked) package var customType: PyType? = nil
    package init(_ items: [Value]) { self.items = items }
}

package final class PyBytes: PyObject {
    package let bytes: [UInt8]
    package init(_ b: [UInt8]) { bytes = b }
}

package final class PyRange: PyObject {
    package let start: Int, stop: Int, step: Int
    package init(_ a: Int, _ b: Int, _ c: Int) { start = a; stop = b; step = c }
    package var count: Int {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }
}

package final class PySlice: PyObject {
    package let start: Value, stop: Value, step: Value
    package init(_ a: Value, _ b: Value, _ c: Value) { start = a; stop = b; step = c }
}

package final class PyModule: PyObject {
    package let name: String
    package let globals: Globals
    package init(name: String, globals: Globals) { self.name = name; self.globals = globals }
}

/// A module's global variables: slots resolved at compile time, plus the name index.
package final class Globals {
    @exclusivity(unchecked) package var values: [Value?] = []
    @exclusivity(unchecked) package var index: [String: Int] = [:]
    @exclusivity(unchecked) package var names: [String] = []
    package init() {}
    package func slot(_ name: String) -> Int {
        if let i = index[name] { return i }
        let i = values.count
        values.append(nil)
        names.append(name)
        index[name] = i
        return i
    }
    package subscript(name: String) -> Value? {
        get { index[name].flatMap { values[$0] } }
        set { values[slot(name)] = newValue }
    }
    /// Defined names in definition order.
    package var definedNames: [String] { names.enumerated().compactMap { values[$0.offset] == nil ? nil : $0.element } }
}

/// A built-in function or method implemented in Swift.
package final class PyBuiltinFunction: PyObject {
    package typealias Body = (Runtime, [Value], [(String, Value)]) throws -> Value
    package let name: String
    package let body: Body
    /// The bound `self` for a method (prepended to arguments), if any.
    package let selfValue: Value?
    package let qualifier: String?
    package init(_ name: String, qualifier: String? = nil, selfValue: Value? = nil, _ body: @escaping Body) {
        self.name = name; self.body = body; self.selfValue = selfValue; self.qualifier = qualifier
    }
}

package final class PyBoundMethod: PyObject {
    package let function: Value
    package let selfValue: Value
    package init(_ f: Value, _ s: Value) { function = f; selfValue = s }
}

package final class PyStaticMethod: PyObject {
    package let function: Value
    package init(_ f: Value) { function = f }
}

package final class PyClassMethod: PyObject {
    package let function: Value
    package init(_ f: Value) { function = f }
}

package final class PyProperty: PyObject {
    @exclusivity(unchecked) package var getter: Value?, setter: Value?, deleter: Value?
    package init(_ g: Value?, _ s: Value?, _ d: Value?) { getter = g; setter = s; deleter = d }
}

package final class PySuper: PyObject {
    package let startAfter: PyType
    package let selfValue: Value
    package let selfType: PyType
    package init(_ t: PyType, _ s: Value, _ st: PyType) { startAfter = t; selfValue = s; selfType = st }
}

/// An instance of a user class (or of `object`).
package class PyInstance: PyObject {
    @exclusivity(unchecked) package var cls: PyType
    @exclusivity(unchecked) package var attributes = AttributeTable()
    package init(_ cls: PyType) { self.cls = cls }
}

/// An exception instance (of a built-in or user exception class).
package final class PyException: PyInstance {
    @exclusivity(unchecked) package var args: [Value] = []
    @exclusivity(unchecked) package var traceback: [TracebackEntry] = []
    @exclusivity(unchecked) package var cause: PyException? = nil
    @exclusivity(unchecked) package var context: PyException? = nil
    @exclusivity(unchecked) package var suppressContext = false
    @exclusivity(unchecked) package var notes: [String] = []
    /// Position inside the innermost frame, recorded while unwinding.
    @exclusivity(unchecked) package var pendingSite: ErrorSite? = nil
    /// "Did you mean" text for NameError/AttributeError, shown by tracebacks only.
    @exclusivity(unchecked) package var suggestion: String? = nil
    /// For SyntaxError raised by compiling a module at run time.
    @exclusivity(unchecked) package var syntaxDiagnostic: SyntaxDiagnostic? = nil
}

package struct TracebackEntry: Sendable {
    package var filename: String
    package var line: Int
    package var name: String
    package var site: ErrorSite?
}

/// Where an error happened inside a line: the failing expression and its caret anchors.
package struct ErrorSite: Sendable {
    package enum Anchors: Sendable {
        /// Binary operator: end of left operand, start of right operand.
        case binary(SourcePosition, SourcePosition)
        /// Subscript: end of the value, end of the slice.
        case index(SourcePosition, SourcePosition)
    }
    package var range: SourceRange
    package var anchors: Anchors?
    package init(_ range: SourceRange, _ anchors: Anchors? = nil) { self.range = range; self.anchors = anchors }
}

/// The Swift error that carries a Python exception while it propagates.
/// `@unchecked Sendable` is sound because a PyError never leaves the interpreter thread that created it:
/// `Interpreter.perform` converts it to the value type `PythonException` before returning to the caller.
package final class PyError: Error, @unchecked Sendable {
    package let exception: PyException
    /// True when the current frame's traceback entry was already added (bare `raise`).
    @exclusivity(unchecked) package var frameCommitted = false
    package init(_ e: PyException) { exception = e }
}

/// Stops the program for a host-imposed limit; Python code cannot catch it.
package enum Halt: Error {
    case stepBudgetExhausted
    case deadlineExceeded
}

/// The `__traceback__` of an exception (opaque; the traceback module formats the exception itself).
package final class PyTracebackObject: PyObject {
    package let exception: PyException
    package init(_ e: PyException) { exception = e }
}
