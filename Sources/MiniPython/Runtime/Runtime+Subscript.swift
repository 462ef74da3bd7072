// Subscripts: indexing, slicing, item assignment and deletion.
import BigInt

extension Runtime {
    /// Converts an index value to Int (ints, bools, `__index__`), with CPython's message on failure.
    package func indexValue(_ v: Value, _ what: String) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o as PyBigInt): return o.value > 0 ? Int.max : Int.min
        default:
            if case .object(let o as PyInstance) = v, let m = o.cls.lookupUser("__index__") {
                return try indexValue(try call(m, [v]), what)
            }
            throw typeError("\(what) indices must be integers or slices, not \(typeName(v))")
        }
    }

    private func indexOrNil(_ v: Value) -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o as PyBigInt): return o.value > 0 ? Int.max : Int.min
        case .object(let o as PyInstance): return o.cls.lookupUser("__index__") != nil ? 0 : nil
        default: return nil
        }
    }

    /// (start, stop, step, count) of a slice over a sequence of `length`.
    package func sliceIndices(_ s: PySlice, _ length: Int) throws -> (Int, Int, Int, Int) {
        func idx(_ v: Value) throws -> Int? {
            switch v {
            case .none: return nil
            case .int(let i): return i
            case .bool(let b): return b ? 1 : 0
            case .object(let o as PyBigInt): return o.value > 0 ? Int.max / 2 : Int.min / 2
            default:
                if case .object(let o as PyInstance) = v, let m = o.cls.lookupUser("__index__") { return try indexValue(try call(m, [v]), "slice") }
                throw typeError("slice indices must be integers or None or have an __index__ method")
            }
        }
        let step = try idx(s.step) ?? 1
        if step == 0 { throw valueError("slice step cannot be zero") }
        var start: Int, stop: Int
        if step > 0 {
            start = try idx(s.start) ?? 0
            stop = try idx(s.stop) ?? length
            if start < 0 { start = max(start + length, 0) } else { start = min(start, length) }
            if stop < 0 { stop = max(stop + length, 0) } else { stop = min(stop, length) }
            let count = stop > start ? (stop - start + step - 1) / step : 0
            return (start, stop, step, count)
        } else {
            start = try idx(s.start) ?? (length - 1)
            stop = try idx(s.stop) ?? -1 - length
            if start < 0 { start = max(start + length, -1) } else { start = min(start, length - 1) }
            if stop < 0 { stop = max(stop + length, -1) } else { stop = min(stop, length - 1) }
            let count = start > stop ? (start - stop - step - 1) / (-step) : 0
            return (start, stop, step, count)
        }
    }

    private func sliceArray<T>(_ a: [T], _ s: PySlice) throws -> [T] {
        let (start, _, step, count) = try sliceIndices(s, a.count)
        if step == 1 { return count > 0 ? Array(a[start..<(start + count)]) : [] }
        var out: [T] = []
        out.reserveCapacity(count)
        var i = start
        for _ in 0..<count { out.append(a[i]); i += step }
        return out
    }

    package func getItem(_ container: Value, _ key: Value) throws -> Value {
        switch container {
        case .str(let s):
            if case .object(let ko as PySlice) = key {
                let (start, _, step, count) = try sliceIndices(ko, s.count)
                if step == 1 { return .str(PyStr(s.substring(start, start + count))) }
                var out = String.UnicodeScalarView()
                var i = start
                for _ in 0..<count { out.append(s.scalar(at: i)); i += step }
                return .str(PyStr(String(out)))
            }
            if case .object(let ko) = key, !(ko is PyBigInt), !(ko is PyInstance) || true, indexOrNil(key) == nil {
                throw typeError("string indices must be integers, not '\(typeName(key))'")
            }
            if case .float = key { throw typeError("string indices must be integers, not 'float'") }
            if case .str = key { throw typeError("string indices must be integers, not 'str'") }
            if case .none = key { throw typeError("string indices must be integers, not 'NoneType'") }
            var i = try indexValue(key, "string")
            if i < 0 { i += s.count }
            if i < 0 || i >= s.count { throw indexError("string index out of range") }
            return .str(character(s.scalar(at: i)))
        case .object(let o):
            switch o {
            case let l as PyList:
                if case .int(var i) = key {
                    if i < 0 { i += l.items.count }
                    if i < 0 || i >= l.items.count { throw indexError("list index out of range") }
                    return l.items[i]
                }
                if case .object(let ko as PySlice) = key { return .object(PyList(try sliceArray(l.items, ko))) }
                var i = try indexValue(key, "list")
                if i < 0 { i += l.items.count }
                if i < 0 || i >= l.items.count { throw indexError("list index out of range") }
                return l.items[i]
            case let d as PyDict:
                if let v = try d.get(key, self) { return v }
                if let factory = d.defaultFactory {
                    let v = try call(factory, [])
                    try d.set(key, v, self)
                    return v
                }
                if let ct = d.customType, let m = ct.lookup("__missing__") { return try call(m, [container, key]) }
                throw keyError(key)
            case let t as PyTuple:
                if case .object(let ko as PySlice) = key { return .object(PyTuple(try sliceArray(t.items, ko))) }
                var i = try indexValue(key, "tuple")
                if i < 0 { i += t.items.count }
                if i < 0 || i >= t.items.count { throw indexError("tuple index out of range") }
                return t.items[i]
            case let b as PyBytes:
                if case .object(let ko as PySlice) = key { return .object(PyBytes(try sliceArray(b.bytes, ko))) }
                var i = try indexValue(key, "byte")
                if i < 0 { i += b.bytes.count }
                if i < 0 || i >= b.bytes.count { throw indexError("index out of range") }
                return .int(Int(b.bytes[i]))
            case let r as PyRange:
                if case .object(let ko as PySlice) = key {
                    let (start, _, step, count) = try sliceIndices(ko, r.count)
                    let ns = r.start + start * r.step
                    let st = r.step * step
                    return .object(PyRange(ns, ns + count * st, st))
                }
                var i = try indexValue(key, "range")
                if i < 0 { i += r.count }
                if i < 0 || i >= r.count { throw indexError("range object index out of range") }
                return .int(r.start + i * r.step)
            case let inst as PyInstance:
                if let m = inst.cls.lookupUser("__getitem__") { return try call(m, [container, key]) }
            case let t as PyType:
                if let m = t.lookup("__class_getitem__") { return try call(m, [key]) }
                // typing-style subscription of built-in classes (list[int]) is accepted
                if t.isBuiltin { return container }
                throw typeError("type '\(t.name)' is not subscriptable")
            case let n as PyNativeObject:
                if let v = try n.getItem(key, self) { return v }
            default: break
            }
        default: break
        }
        throw typeError("'\(typeName(container))' object is not subscriptable")
    }

    package func setItem(_ container: Value, _ key: Value, _ value: Value) throws {
        if case .object(let o) = container {
            switch o {
            case let l as PyList:
                if case .object(let ko as PySlice) = key {
                    try assignSlice(l, ko, value)
                    return
                }
                var i = try indexValue(key, "list")
                if i < 0 { i += l.items.count }
                if i < 0 || i >= l.items.count { throw indexError("list assignment index out of range") }
                l.items[i] = value
                return
            case let d as PyDict:
                try d.set(key, value, self)
                if d.count &* 48 > d.charged { try account(d) }
                return
            case let inst as PyInstance:
                if let m = inst.cls.lookupUser("__setitem__") { _ = try call(m, [container, key, value]); return }
            case let n as PyNativeObject:
                if try n.setItem(key, value, self) { return }
            default: break
            }
        }
        throw typeError("'\(typeName(container))' object does not support item assignment")
    }

    private func assignSlice(_ l: PyList, _ s: PySlice, _ value: Value) throws {
        let newItems = try toArray(value)
        let (start, stop, step, count) = try sliceIndices(s, l.items.count)
        if step == 1 {
            let end = max(start, stop)
            l.items.replaceSubrange(start..<end, with: newItems)
            return
        }
        if newItems.count != count {
            throw valueError("attempt to assign sequence of size \(newItems.count) to extended slice of size \(count)")
        }
        var i = start
        for v in newItems { l.items[i] = v; i += step }
    }

    package func deleteItem(_ container: Value, _ key: Value) throws {
        if case .object(let o) = container {
            switch o {
            case let l as PyList:
                if case .object(let ko as PySlice) = key {
                    let (start, _, step, count) = try sliceIndices(ko, l.items.count)
                    if count == 0 { return }
                    if step == 1 { l.items.removeSubrange(start..<(start + count)); return }
                    var indices = Set<Int>()
                    var i = start
                    for _ in 0..<count { indices.insert(i); i += step }
                    l.items = l.items.enumerated().filter { !indices.contains($0.offset) }.map { $0.element }
                    return
                }
                var i = try indexValue(key, "list")
                if i < 0 { i += l.items.count }
                if i < 0 || i >= l.items.count { throw indexError("list assignment index out of range") }
                l.items.remove(at: i)
                return
            case let d as PyDict:
                if try d.remove(key, self) == nil { throw keyError(key) }
                return
            case let inst as PyInstance:
                if let m = inst.cls.lookupUser("__delitem__") { _ = try call(m, [container, key]); return }
            case let n as PyNativeObject:
                if try n.setItem(key, nil, self) { return }
            default: break
            }
        }
        throw typeError("'\(typeName(container))' object doesn't support item deletion")
    }
}
