// `set` and `frozenset`: CPython's open-addressing table (linear probes, then perturbation), so that
// Stored properties of the interpreter's classes are `@exclusivity(unchecked)`: a runtime is used by one thread
// at a time and no code holds an inout access to them across a call back into Python, so the dynamic
// exclusivity checks (a large share of the time on hot paths) can never fire.
// iteration order matches CPython's for the same hashes.

package final class PySet: PyObject {
    @exclusivity(unchecked) private var tableKeys: [Value?] = Array(repeating: nil, count: 8)
    @exclusivity(unchecked) private var tableHashes: [Int] = Array(repeating: 0, count: 8)
    @exclusivity(unchecked) private var dummy: [Bool] = Array(repeating: false, count: 8)
    @exclusivity(unchecked) private var fill = 0
    @exclusivity(unchecked) package private(set) var count = 0
    @exclusivity(unchecked) private var finger = 0
    package let frozen: Bool
    @exclusivity(unchecked) package private(set) var version = 0

    package init(frozen: Bool = false) { self.frozen = frozen }

    private var mask: Int { tableKeys.count - 1 }

    package func contains(_ key: Value, _ rt: Runtime) throws -> Bool {
        try find(key, try rt.hash(key), rt) >= 0
    }

    private func find(_ key: Value, _ h: Int, _ rt: Runtime) throws -> Int {
        let mask = self.mask
        var i = h & mask
        var perturb = UInt(bitPattern: h)
        while true {
            var j = i
            var probes = i + 9 <= mask ? 9 : 0
            while true {
                if tableKeys[j] == nil && !dummy[j] { return -1 }
                if !dummy[j] && tableHashes[j] == h, let k = tableKeys[j], try rt.keysEqual(k, key) { return j }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(perturb & UInt(Int.max))) & mask
        }
    }

    package func add(_ key: Value, _ rt: Runtime) throws {
        try add(key, hash: try rt.hash(key), rt)
    }

    package func add(_ key: Value, hash h: Int, _ rt: Runtime) throws {
        let mask = self.mask
        var i = h & mask
        var perturb = UInt(bitPattern: h)
        var freeSlot = -1
        while true {
            var j = i
            var probes = i + 9 <= mask ? 9 : 0
            while true {
                if tableKeys[j] == nil && !dummy[j] {
                    if freeSlot >= 0 {
                        tableKeys[freeSlot] = key; tableHashes[freeSlot] = h; dummy[freeSlot] = false
                        count += 1; version &+= 1
                        return
                    }
                    tableKeys[j] = key; tableHashes[j] = h
                    fill += 1; count += 1; version &+= 1
                    if fill * 5 >= mask * 3 { resize(count > 50000 ? count * 2 : count * 4) }
                    return
                }
                if dummy[j] {
                    if freeSlot < 0 { freeSlot = j }
                } else if tableHashes[j] == h, let k = tableKeys[j], try rt.keysEqual(k, key) {
                    return
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(perturb & UInt(Int.max))) & mask
        }
    }

    private func resize(_ minUsed: Int) {
        var size = 8
        while size <= minUsed { size <<= 1 }
        let oldKeys = tableKeys, oldHashes = tableHashes, oldDummy = dummy
        tableKeys = Array(repeating: nil, count: size)
        tableHashes = Array(repeating: 0, count: size)
        dummy = Array(repeating: false, count: size)
        fill = count
        for i in 0..<oldKeys.count where !oldDummy[i] {
            if let k = oldKeys[i] { insertClean(k, oldHashes[i]) }
        }
    }

    private func insertClean(_ key: Value, _ h: Int) {
        let mask = self.mask
        var i = h & mask
        var perturb = UInt(bitPattern: h)
        while true {
            if tableKeys[i] == nil { tableKeys[i] = key; tableHashes[i] = h; return }
            if i + 9 <= mask {
                for j in (i + 1)...(i + 9) where tableKeys[j] == nil {
                    tableKeys[j] = key; tableHashes[j] = h; return
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(perturb & UInt(Int.max))) & mask
        }
    }

    /// Removes `key`; returns whether it was present.
    @discardableResult
    package func discard(_ key: Value, _ rt: Runtime) throws -> Bool {
        let j = try find(key, try rt.hash(key), rt)
        if j < 0 { return false }
        tableKeys[j] = nil; dummy[j] = true; tableHashes[j] = -1
        count -= 1; version &+= 1
        return true
    }

    package func pop() -> Value? {
        if count == 0 { return nil }
        var i = finger & mask
        while tableKeys[i] == nil { i += 1; if i > mask { i = 0 } }
        let k = tableKeys[i]!
        tableKeys[i] = nil; dummy[i] = true; tableHashes[i] = -1
        count -= 1; version &+= 1
        finger = i + 1
        return k
    }

    package func removeAll() {
        tableKeys = Array(repeating: nil, count: 8); tableHashes = Array(repeating: 0, count: 8)
        dummy = Array(repeating: false, count: 8); fill = 0; count = 0; version &+= 1
    }

    /// Elements in table order (CPython's iteration order).
    package var elements: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for k in tableKeys { if let k { out.append(k) } }
        return out
    }
    package var elementsWithHashes: [(Value, Int)] {
        var out: [(Value, Int)] = []
        for i in 0..<tableKeys.count { if let k = tableKeys[i] { out.append((k, tableHashes[i])) } }
        return out
    }

    /// Adds every element of another set, as CPython's set_merge does.
    package func merge(_ other: PySet, _ rt: Runtime) throws {
        if other.count == 0 { return }
        if (fill + other.count) * 5 >= mask * 3 { resize((count + other.count) * 2) }
        if fill == 0 && count == 0 {
            for (k, h) in other.elementsWithHashes { insertClean(k, h); fill += 1; count += 1 }
            version &+= 1
            return
        }
        for (k, h) in other.elementsWithHashes { try add(k, hash: h, rt) }
    }

    /// Presizes for `n` more elements coming from a dict (CPython's set_update_internal).
    package func presize(forAdding n: Int) {
        if (fill + n) * 5 >= mask * 3 { resize((count + n) * 2) }
    }
}
