// `dict`: an insertion-ordered compact hash table with Python's equality and hashing.
// Stored properties of the interpreter's classes are `@exclusivity(unchecked)`: a runtime is used by one thread
// at a time and no code holds an inout access to them across a call back into Python, so the dynamic
// exclusivity checks (a large share of the time on hot paths) can never fire.

package final class PyDict: PyObject {
    @exclusivity(unchecked) package private(set) var keys: [Value?] = []
    @exclusivity(unchecked) package private(set) var values: [Value] = []
    @exclusivity(unchecked) private var hashes: [Int] = []
    /// Open-addressing index into the entry arrays: -1 empty, -2 deleted.
    @exclusivity(unchecked) private var indices: [Int32] = []
    @exclusivity(unchecked) package private(set) var count = 0
    /// Bumped on every insertion or deletion (for "dictionary changed size during iteration").
    @exclusivity(unchecked) package private(set) var version = 0
    /// For dict subclasses provided natively (defaultdict, OrderedDict, Counter).
    @exclusivity(unchecked) package var customType: PyType? = nil
    @exclusivity(unchecked) package var defaultFactory: Value? = nil

    package override init() { super.init() }
    /// Bytes charged to `meter` for this dict's storage (given back when the dict is freed).
    @exclusivity(unchecked) package var charged = 0
    @exclusivity(unchecked) package var meter: MemoryMeter? = nil
    deinit { if charged != 0 { meter?.release(charged) } }

    @inline(__always) private func probe(_ key: Value, _ h: Int, _ rt: Runtime) throws -> (slot: Int, entry: Int) {
        if indices.isEmpty { return (-1, -1) }
        let mask = indices.count - 1
        var i = h & mask
        var perturb = UInt(bitPattern: h)
        var firstFree = -1
        while true {
            let ix = Int(indices[i])
            if ix == -1 { return (firstFree >= 0 ? firstFree : i, -1) }
            if ix == -2 {
                if firstFree < 0 { firstFree = i }
            } else if hashes[ix] == h, let k = keys[ix] {
                if try rt.keysEqual(k, key) { return (i, ix) }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(perturb & UInt(Int.max))) & mask
        }
    }

    private func rebuild(capacity: Int) {
        var size = 8
        while size < capacity * 3 / 2 + 1 { size <<= 1 }
        // compact entries
        if count != keys.count {
            var nk: [Value?] = []; var nv: [Value] = []; var nh: [Int] = []
            nk.reserveCapacity(count); nv.reserveCapacity(count); nh.reserveCapacity(count)
            for i in 0..<keys.count where keys[i] != nil { nk.append(keys[i]); nv.append(values[i]); nh.append(hashes[i]) }
            keys = nk; values = nv; hashes = nh
        }
        indices = [Int32](repeating: -1, count: size)
        let mask = size - 1
        for (e, h) in hashes.enumerated() {
            var i = h & mask
            var perturb = UInt(bitPattern: h)
            while indices[i] != -1 {
                perturb >>= 5
                i = (i &* 5 &+ 1 &+ Int(perturb & UInt(Int.max))) & mask
            }
            indices[i] = Int32(e)
        }
    }

    /// Makes room for `n` entries of an empty dict up front (a display of known size): exact-size storage and no
    /// regrowth while it fills.
    package func reserve(_ n: Int) {
        guard n > 0, keys.isEmpty else { return }
        keys.reserveCapacity(n); values.reserveCapacity(n); hashes.reserveCapacity(n)
        rebuild(capacity: n)
    }

    package func get(_ key: Value, _ rt: Runtime) throws -> Value? {
        let h = try rt.hash(key)
        let (_, e) = try probe(key, h, rt)
        return e >= 0 ? values[e] : nil
    }

    package func contains(_ key: Value, _ rt: Runtime) throws -> Bool { try get(key, rt) != nil }

    package func set(_ key: Value, _ value: Value, _ rt: Runtime) throws {
        let h = try rt.hash(key)
        try set(key, hash: h, value, rt)
    }

    package func set(_ key: Value, hash h: Int, _ value: Value, _ rt: Runtime) throws {
        var (slot, e) = try probe(key, h, rt)
        if e >= 0 { values[e] = value; return }
        if indices.isEmpty || (keys.count + 1) * 3 >= indices.count * 2 {
            rebuild(capacity: count + 1 + count / 2)
            (slot, e) = try probe(key, h, rt)
        }
        indices[slot] = Int32(keys.count)
        keys.append(key); values.append(value); hashes.append(h)
        count += 1
        version &+= 1
    }

    /// Removes and returns the value for `key`, or nil.
    @discardableResult
    package func remove(_ key: Value, _ rt: Runtime) throws -> Value? {
        let h = try rt.hash(key)
        let (slot, e) = try probe(key, h, rt)
        guard e >= 0 else { return nil }
        let v = values[e]
        indices[slot] = -2
        keys[e] = nil
        values[e] = .none
        count -= 1
        version &+= 1
        if keys.count > 16 && count * 2 < keys.count { rebuild(capacity: count) }
        return v
    }

    package func removeAll() {
        keys = []; values = []; hashes = []; indices = []; count = 0; version &+= 1
    }

    /// Live entries in insertion order.
    package var entries: [(Value, Value)] {
        var out: [(Value, Value)] = []
        out.reserveCapacity(count)
        for i in 0..<keys.count { if let k = keys[i] { out.append((k, values[i])) } }
        return out
    }
    package var keyList: [Value] { keys.compactMap { $0 } }
    package var valueList: [Value] {
        var out: [Value] = []
        for i in 0..<keys.count where keys[i] != nil { out.append(values[i]) }
        return out
    }
    /// Raw entry access for iteration that tolerates no mutation: index range and accessor.
    package var entryCapacity: Int { keys.count }
    package func entry(at i: Int) -> (Value, Value)? { keys[i].map { ($0, values[i]) } }

    package func popLast() -> (Value, Value)? {
        guard let i = keys.lastIndex(where: { $0 != nil }) else { return nil }
        let k = keys[i]!, v = values[i]
        let h = hashes[i]
        // find slot
        let mask = indices.count - 1
        var s = h & mask
        var perturb = UInt(bitPattern: h)
        while Int(indices[s]) != i { perturb >>= 5; s = (s &* 5 &+ 1 &+ Int(perturb & UInt(Int.max))) & mask }
        indices[s] = -2
        keys.removeLast(); values.removeLast(); hashes.removeLast()
        while let last = keys.last, last == nil { _ = last; keys.removeLast(); values.removeLast(); hashes.removeLast() }
        count -= 1
        version &+= 1
        if count == 0 { removeAll() } else { rebuild(capacity: count) }
        return (k, v)
    }

    package func copy() -> PyDict {
        let d = PyDict()
        d.keys = keys; d.values = values; d.hashes = hashes; d.indices = indices; d.count = count
        return d
    }
}

