// Iterators and iteration over every iterable.

package class PyIterator: PyObject {
    /// The next item, or nil when exhausted.
    package func next(_ rt: Runtime) throws -> Value? { nil }
    package func iteratorType(_ rt: Runtime) -> PyType {
        if let t = rt.iteratorTypes[typeName] { return t }
        let t = PyType(name: typeName, bases: [rt.types.object], kind: .iterator, isBuiltin: true)
        t.mro = [t, rt.types.object]
        rt.iteratorTypes[typeName] = t
        return t
    }
    package var typeName: String { "iterator" }
}

package final class ListIterator: PyIterator {
    let list: PyList
    var i = 0
    init(_ l: PyList) { list = l }
    override package func next(_ rt: Runtime) throws -> Value? {
        if i < list.items.count { i += 1; return list.items[i - 1] }
        i = Int.max
        return nil
    }
    override package var typeName: String { "list_iterator" }
}

package final class ArrayIterator: PyIterator {
    let items: [Value]
    var i = 0
    let name: String
    init(_ items: [Value], name: String = "tuple_iterator") { self.items = items; self.name = name }
    override package func next(_ rt: Runtime) throws -> Value? {
        if i < items.count { i += 1; return items[i - 1] }
        return nil
    }
    override package var typeName: String { name }
}

package final class ReverseListIterator: PyIterator {
    let list: PyList
    var i: Int
    init(_ l: PyList) { list = l; i = l.items.count - 1 }
    override package func next(_ rt: Runtime) throws -> Value? {
        if i >= 0 && i < list.items.count { i -= 1; return list.items[i + 1] }
        i = -1
        return nil
    }
    override package var typeName: String { "list_reverseiterator" }
}

package final class StrIterator: PyIterator {
    let s: PyStr
    var i = 0
    init(_ s: PyStr) { self.s = s }
    override package func next(_ rt: Runtime) throws -> Value? {
        if i < s.count { i += 1; return .str(rt.character(s.scalar(at: i - 1))) }
        return nil
    }
    override package var typeName: String { "str_ascii_iterator" }
}

package final class RangeIterator: PyIterator {
    var current: Int
    let step: Int
    var remaining: Int
    init(_ r: PyRange) { current = r.start; step = r.step; remaining = r.count }
    override package func next(_ rt: Runtime) throws -> Value? {
        if remaining <= 0 { return nil }
        remaining -= 1
        let v = current
        current &+= step
        return .int(v)
    }
    override package var typeName: String { "range_iterator" }
}

package final class DictIterator: PyIterator {
    enum Kind { case keys, values, items }
    let dict: PyDict
    let kind: Kind
    var i = 0
    let version: Int
    let size: Int
    init(_ d: PyDict, _ k: Kind) { dict = d; kind = k; version = d.version; size = d.count }
    override package func next(_ rt: Runtime) throws -> Value? {
        if dict.count != size { throw rt.error("RuntimeError", "dictionary changed size during iteration") }
        if dict.version != version { throw rt.error("RuntimeError", "dictionary keys changed during iteration") }
        while i < dict.entryCapacity {
            let e = dict.entry(at: i)
            i += 1
            if let (k, v) = e {
                switch kind {
                case .keys: return k
                case .values: return v
                case .items: return .object(PyTuple([k, v]))
                }
            }
        }
        return nil
    }
    override package var typeName: String {
        switch kind { case .keys: return "dict_keyiterator"; case .values: return "dict_valueiterator"; case .items: return "dict_itemiterator" }
    }
}

package final class SetIterator: PyIterator {
    let set: PySet
    let items: [Value]
    var i = 0
    let size: Int
    init(_ s: PySet) { set = s; items = s.elements; size = s.count }
    override package func next(_ rt: Runtime) throws -> Value? {
        if set.count != size { throw rt.error("RuntimeError", "Set changed size during iteration") }
        if i < items.count { i += 1; return items[i - 1] }
        return nil
    }
    override package var typeName: String { "set_iterator" }
}

package final class BytesIterator: PyIterator {
    let b: [UInt8]
    var i = 0
    init(_ b: [UInt8]) { self.b = b }
    override package func next(_ rt: Runtime) throws -> Value? {
        if i < b.count { i += 1; return .int(Int(b[i - 1])) }
        return nil
    }
    override package var typeName: String { "bytes_iterator" }
}

/// Iterates a user object through its `__next__` method.
package final class DunderIterator: PyIterator {
    let obj: Value
    let nextMethod: Value
    init(_ obj: Value, _ m: Value) { self.obj = obj; nextMethod = m }
    override package func next(_ rt: Runtime) throws -> Value? {
        do {
            return try rt.call(nextMethod, [obj])
        } catch let e as PyError where e.exception.cls.isSubtype(of: rt.types[exception: "StopIteration"]) {
            return nil
        }
    }
}

/// Iterates a user object through `__getitem__` with 0, 1, 2... until IndexError.
package final class GetItemIterator: PyIterator {
    let obj: Value
    let method: Value
    var i = 0
    init(_ obj: Value, _ m: Value) { self.obj = obj; method = m }
    override package func next(_ rt: Runtime) throws -> Value? {
        do {
            let v = try rt.call(method, [obj, .int(i)])
            i += 1
            return v
        } catch let e as PyError where e.exception.cls.isSubtype(of: rt.types[exception: "IndexError"]) || e.exception.cls.isSubtype(of: rt.types[exception: "StopIteration"]) {
            return nil
        }
    }
}

/// An iterator implemented by a Swift closure (map, filter, zip, enumerate, itertools...).
package final class ClosureIterator: PyIterator {
    let body: (Runtime) throws -> Value?
    let name: String
    var done = false
    package init(_ name: String, _ body: @escaping (Runtime) throws -> Value?) { self.name = name; self.body = body }
    override package func next(_ rt: Runtime) throws -> Value? {
        if done { return nil }
        if let v = try body(rt) { return v }
        done = true
        return nil
    }
    override package var typeName: String { name }
}

/// `dict.keys()`, `dict.values()`, `dict.items()`.
package final class PyDictView: PyObject {
    package enum Kind { case keys, values, items }
    package let dict: PyDict
    package let kind: Kind
    package init(_ d: PyDict, _ k: Kind) { dict = d; kind = k }
    func viewType(_ rt: Runtime) -> PyType {
        switch kind { case .keys: return rt.types.dictKeys; case .values: return rt.types.dictValues; case .items: return rt.types.dictItems }
    }
}

extension Runtime {
    package func character(_ c: Unicode.Scalar) -> PyStr {
        if c.value < 128 { return asciiChars[Int(c.value)] }
        return PyStr(String(Character(c)))
    }

    package func isIterable(_ v: Value) -> Bool {
        switch v {
        case .str: return true
        case .object(let o):
            switch o {
            case is PyList, is PyTuple, is PyDict, is PySet, is PyRange, is PyBytes, is PyIterator, is PyDictView: return true
            case let i as PyInstance: return i.cls.lookupUser("__iter__") != nil || i.cls.lookupUser("__getitem__") != nil
            case let n as PyNativeObject: return n.isIterable
            default: return false
            }
        default: return false
        }
    }

    package func iterate(_ v: Value) throws -> PyIterator {
        switch v {
        case .str(let s): return StrIterator(s)
        case .object(let o):
            switch o {
            case let it as PyIterator: return it
            case let l as PyList: return ListIterator(l)
            case let t as PyTuple: return ArrayIterator(t.items)
            case let d as PyDict: return DictIterator(d, .keys)
            case let s as PySet: return SetIterator(s)
            case let r as PyRange: return RangeIterator(r)
            case let b as PyBytes: return BytesIterator(b.bytes)
            case let dv as PyDictView:
                switch dv.kind {
                case .keys: return DictIterator(dv.dict, .keys)
                case .values: return DictIterator(dv.dict, .values)
                case .items: return DictIterator(dv.dict, .items)
                }
            case let i as PyInstance:
                if let m = i.cls.lookupUser("__iter__") {
                    let r = try call(m, [v])
                    if case .object(let ro) = r, let it = ro as? PyIterator { return it }
                    if let n = typeOf(r).lookup("__next__") { return DunderIterator(r, n) }
                    throw typeError("iter() returned non-iterator of type '\(typeName(r))'")
                }
                if let m = i.cls.lookupUser("__getitem__") { return GetItemIterator(v, m) }
            case let n as PyNativeObject:
                if let it = try n.iterate(self) { return it }
            default: break
            }
        default: break
        }
        throw typeError("'\(typeName(v))' object is not iterable")
    }

    /// All items of an iterable, as an array.
    package func toArray(_ v: Value) throws -> [Value] {
        if case .object(let o) = v {
            if let l = o as? PyList { return l.items }
            if let t = o as? PyTuple { return t.items }
        }
        let it = try iterate(v)
        var out: [Value] = []
        while let x = try it.next(self) {
            out.append(x)
            if out.count & 1023 == 0 { try ensureHeadroom(out.count * 16) }
        }
        return out
    }

    package func makeList(_ items: [Value]) throws -> Value {
        let l = PyList(items)
        try account(l)
        return .object(l)
    }

    package func makeSet(from v: Value, frozen: Bool = false) throws -> PySet {
        let s = PySet(frozen: frozen)
        if case .object(let o) = v {
            if let other = o as? PySet { try s.merge(other, self); return s }
            if let d = o as? PyDict {
                s.presize(forAdding: d.count)
                for k in d.keyList { try s.add(k, self) }
                return s
            }
        }
        let it = try iterate(v)
        while let x = try it.next(self) { try s.add(x, self) }
        return s
    }
}
