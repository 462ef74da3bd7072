// `dict`: an insertion-ordered compact hash table with Python's equality and hashing.
// Stored properties of the interpreter's classes are `@exclusivity(unchecked)`: a runtime is used by one thread
// at a time and no code holds an inout access to them across a call back into Python, so the dynamic
// exclusivity checks (a large share of the time on hot paths) can never fire.
//
// The entries (hash, key, value) live in one array in insertion order; a deleted entry keeps its place with a nil
// key until the next compaction. A dict of up to `linearLimit` entries has no index: a lookup compares the cached
// hashes in order (one small allocation per dict, and the few entries share cache lines). A larger dict keeps an
// open-addressing index into the entries, probed as CPython's.

package final class PyDict: PyObject {
    struct Entry {
        var hash: Int
        var key: Value?
        var value: Value
    }

    /// Entries up to which a dict keeps no index.
    static let linearLimit = 8

    @exclusivity(unchecked) private var slots: [Entry] = []
    /// Open-addressing index into `slots`: -1 empty, -2 deleted. Empty while the dict is small (linear lookup).
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

    /// The index slot for `key` (the first free one when absent; -1 without an index) and its entry, or -1.
    @inline(__always) private func probe(_ key: Value, _ h: Int, _ rt: Runtime) throws -> (slot: Int, entry: Int) {
        if indices.isEmpty {
            var e = 0
            let n = slots.count
            while e < n {
                if slots[e].hash == h, let k = slots[e].key, try rt.keysEqual(k, key) { return (-1, e) }
                e += 1
            }
            return (-1, -1)
        }
        let mask = indices.count - 1
        var i = h & mask
        var perturb = UInt(bitPattern: h)
        var firstFree = -1
        while true {
            let ix = Int(indices[i])
            if ix == -1 { return (firstFree >= 0 ? firstFree : i, -1) }
            if ix == -2 {
                if firstFree < 0 { firstFree = i }
            } else if slots[ix].hash == h, let k = slots[ix].key {
                if try rt.keysEqual(k, key) { return (i, ix) }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(perturb & UInt(Int.max))) & mask
        }
    }

    /// Compacts the entries (drops deleted ones) and, for more than `linearLimit` of `capacity`, builds an index
    /// with room for `capacity` entries.
    private func rebuild(capacity: Int) {
        if count != slots.count {
            var live: [Entry] = []
            live.reserveCapacity(max(count, capacity))
            for entry in slots where entry.key != nil { live.append(entry) }
            slots = live
        }
        if capacity <= Self.linearLimit {
            indices = []
            return
        }
        var size = 8
        while size < capacity * 3 / 2 + 1 { size <<= 1 }
        indices = [Int32](repeating: -1, count: size)
        let mask = size - 1
        for (e, entry) in slots.enumerated() {
            let h = entry.hash
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
        guard n > 0, slots.isEmpty else { return }
        slots.reserveCapacity(n)
        if n > Self.linearLimit { rebuild(capacity: n) }
    }

    package func get(_ key: Value, _ rt: Runtime) throws -> Value? {
        let h = try rt.hash(key)
        let (_, e) = try probe(key, h, rt)
        return e >= 0 ? slots[e].value : nil
    }

    package func contains(_ key: Value, _ rt: Runtime) throws -> Bool { try get(key, rt) != nil }

    package func set(_ key: Value, _ value: Value, _ rt: Runtime) throws {
        let h = try rt.hash(key)
        try set(key, hash: h, value, rt)
    }

    package func set(_ key: Value, hash h: Int, _ value: Value, _ rt: Runtime) throws {
        var (slot, e) = try probe(key, h, rt)
        if e >= 0 { slots[e].value = value; return }
        if indices.isEmpty {
            if slots.count >= Self.linearLimit {
                rebuild(capacity: count + 1 + count / 2)
                if !indices.isEmpty { (slot, e) = try probe(key, h, rt) }
            }
        } else if (slots.count + 1) * 3 >= indices.count * 2 {
            rebuild(capacity: count + 1 + count / 2)
            (slot, e) = try probe(key, h, rt)
        }
        if !indices.isEmpty { indices[slot] = Int32(slots.count) }
        slots.append(Entry(hash: h, key: key, value: value))
        count += 1
        version &+= 1
    }

    /// Removes and returns the value for `key`, or nil.
    @discardableResult
    package func remove(_ key: Value, _ rt: Runtime) throws -> Value? {
        let h = try rt.hash(key)
        let (slot, e) = try probe(key, h, rt)
        guard e >= 0 else { return nil }
        let v = slots[e].value
        if slot >= 0 { indices[slot] = -2 }
        slots[e].key = nil
        slots[e].value = .none
        count -= 1
        version &+= 1
        if slots.count > 16 && count * 2 < slots.count { rebuild(capacity: count) }
        return v
    }

    package func removeAll() {
        slots = []; indices = []; count = 0; version &+= 1
    }

    /// Live entries in insertion order.
    package var entries: [(Value, Value)] {
        var out: [(Value, Value)] = []
        out.reserveCapacity(count)
        for entry in slots { if let k = entry.key { out.append((k, entry.value)) } }
        return out
    }
    package var keyList: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for entry in slots { if let k = entry.key { out.append(k) } }
        return out
    }
    package var valueList: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for entry in slots where entry.key != nil { out.append(entry.value) }
        return out
    }
    /// Raw entry access for iteration that tolerates no mutation: index range and accessor.
    package var entryCapacity: Int { slots.count }
    package func entry(at i: Int) -> (Value, Value)? { slots[i].key.map { ($0, slots[i].value) } }

    package func popLast() -> (Value, Value)? {
        guard let i = slots.lastIndex(where: { $0.key != nil }) else { return nil }
        let k = slots[i].key!, v = slots[i].value
        slots.removeSubrange(i...)
        count -= 1
        version &+= 1
        if count == 0 { removeAll() } else { rebuild(capacity: count) }
        return (k, v)
    }

    package func copy() -> PyDict {
        let d = PyDict()
        d.slots = slots; d.indices = indices; d.count = count
        return d
    }
}
