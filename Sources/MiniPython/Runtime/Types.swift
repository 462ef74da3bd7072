// Type objects and attribute tables.
// Stored properties of the interpreter's classes are `@exclusivity(unchecked)`: a runtime is used by one thread
// at a time and no code holds an inout access to them across a call back into Python, so the dynamic
// exclusivity checks (a large share of the time on hot paths) can never fire.

/// An insertion-ordered String-keyed table (instance and class attributes). Small tables are searched
/// linearly (comparing short strings is cheaper than hashing them); a hash index is built past 8 entries.
package struct AttributeTable {
    /// A name and its value; a deleted entry keeps its place with a nil name until the table is compacted.
    private struct Entry {
        var key: String?
        var value: Value
    }
    private var map: [String: Int]? = nil
    /// One array of pairs, not one of names and one of values: one allocation per table (per instance).
    private var entries: [Entry] = []
    private var live = 0
    package init() {}
    package var count: Int { live }

    @inline(__always) private func index(of name: String) -> Int? {
        if let map { return map[name] }
        var i = 0
        let n = entries.count
        while i < n {
            if let k = entries[i].key, k == name { return i }
            i += 1
        }
        return nil
    }

    @inline(__always) package subscript(name: String) -> Value? {
        get { if let i = index(of: name) { return entries[i].value }; return nil }
        set {
            if let v = newValue {
                if let i = index(of: name) { entries[i].value = v; return }
                entries.append(Entry(key: name, value: v)); live += 1
                if map != nil { map![name] = entries.count - 1 } else if live > 8 { rebuildMap() }
            } else if let i = index(of: name) {
                entries[i] = Entry(key: nil, value: .none); live -= 1
                map?[name] = nil
                if entries.count > 32 && live * 2 < entries.count { compact() }
            }
        }
    }
    private mutating func rebuildMap() {
        var m: [String: Int] = [:]
        for (i, e) in entries.enumerated() { if let k = e.key { m[k] = i } }
        map = m
    }
    private mutating func compact() {
        entries = entries.filter { $0.key != nil }
        if map != nil { rebuildMap() }
    }
    package var items: [(String, Value)] {
        var out: [(String, Value)] = []
        for e in entries { if let k = e.key { out.append((k, e.value)) } }
        return out
    }
    package var names: [String] { entries.compactMap { $0.key } }
    /// Makes room for `n` entries (before the first is added: one allocation instead of several doublings).
    package mutating func reserve(_ n: Int) {
        entries.reserveCapacity(n)
    }
}

/// Remembers lookups along an MRO (hits and misses). A class, not a struct: reading a struct stored in a type
/// copied both tables (retaining every buffer) on every lookup.
package final class LookupCache {
    @exclusivity(unchecked) private var hits = AttributeTable()
    @exclusivity(unchecked) private var misses = AttributeTable()
    package init() {}
    /// nil: not cached; .some(nil): cached miss.
    @inline(__always) func find(_ name: String) -> Value?? {
        if let v = hits[name] { return .some(v) }
        if misses[name] != nil { return .some(nil) }
        return nil
    }
    @inline(__always) func store(_ name: String, _ v: Value?) {
        if let v { hits[name] = v } else { misses[name] = Value.none }
    }
}

/// A counter shared by the types of one runtime (see `PyType.lookup`).
package final class TypeEpoch {
    @exclusivity(unchecked) package var value = 0
    package init() {}
}

package enum BuiltinKind {
    case object, type, none, bool, int, float, str, bytes, list, tuple, dict, set, frozenset
    case range, slice, function, builtinFunction, method, module, property, staticmethod, classmethod
    case superType, iterator, exception, notImplemented, ellipsis, cell, other
}

package final class PyType: PyObject {
    @exclusivity(unchecked) package var name: String
    @exclusivity(unchecked) package var qualname: String
    @exclusivity(unchecked) package var moduleName: String
    @exclusivity(unchecked) package var bases: [PyType]
    @exclusivity(unchecked) package var mro: [PyType] = []
    @exclusivity(unchecked) package var attributes = AttributeTable()
    /// The built-in type this is, or the nearest built-in base for user classes.
    @exclusivity(unchecked) package var kind: BuiltinKind
    package let isBuiltin: Bool
    /// The name CPython's C types show in error messages (`datetime.datetime`); nil means `name`.
    @exclusivity(unchecked) package var cName: String? = nil
    package var tpName: String { cName ?? name }
    /// True if instances are exceptions (BaseException in the MRO).
    @exclusivity(unchecked) package var isException = false

    package init(name: String, bases: [PyType], kind: BuiltinKind, isBuiltin: Bool, module: String = "builtins") {
        self.name = name
        self.qualname = name
        self.moduleName = module
        self.bases = bases
        self.kind = kind
        self.isBuiltin = isBuiltin
        super.init()
    }

    /// Shared by the types of one runtime; bumped whenever a class attribute changes, invalidating lookup caches.
    @exclusivity(unchecked) package var epoch: TypeEpoch? = nil
    @exclusivity(unchecked) private var cacheEpoch = -1
    @exclusivity(unchecked) private var lookupCache = LookupCache()

    /// Looks a name up along the MRO (cached per type while no class attribute changes).
    @inline(__always) package func lookup(_ name: String) -> Value? {
        guard let epoch else { return uncachedLookup(name) }
        if cacheEpoch != epoch.value {
            lookupCache = LookupCache()
            cacheEpoch = epoch.value
        }
        if let hit = lookupCache.find(name) { return hit }
        let v = uncachedLookup(name)
        lookupCache.store(name, v)
        return v
    }

    package func uncachedLookup(_ name: String) -> Value? {
        for t in mro { if let v = t.attributes[name] { return v } }
        return nil
    }

    /// Looks a name up along the MRO, skipping built-in types (their slots are native fallbacks).
    @inline(__always) package func lookupUser(_ name: String) -> Value? {
        guard let epoch else { return uncachedLookupUser(name) }
        if userCacheEpoch != epoch.value {
            userCache = LookupCache()
            userCacheEpoch = epoch.value
        }
        if let hit = userCache.find(name) { return hit }
        let v = uncachedLookupUser(name)
        userCache.store(name, v)
        return v
    }
    @exclusivity(unchecked) private var userCacheEpoch = -1
    @exclusivity(unchecked) private var userCache = LookupCache()

    package func uncachedLookupUser(_ name: String) -> Value? {
        for t in mro where !t.isBuiltin { if let v = t.attributes[name] { return v } }
        return nil
    }

    /// For calling a user class: whether it is plain (see `Runtime.plainInit`) and its `__init__`, memoized while
    /// the type epoch is unchanged.
    @exclusivity(unchecked) var initPlanEpoch = -1
    @exclusivity(unchecked) var initPlanPlain = false
    @exclusivity(unchecked) var initPlanFunction: PyFunction? = nil
    /// The most attributes an instance of this class got through a plain attribute store: room reserved for that many
    /// when a new instance gets its first one.
    @exclusivity(unchecked) var instanceAttributeHint = 0

    package func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        for t in mro where t === other { return true }
        return false
    }

    /// C3 linearization; nil if no consistent order exists.
    package static func computeMRO(_ t: PyType) -> [PyType]? {
        var seqs: [[PyType]] = t.bases.map { $0.mro } + [t.bases]
        var result: [PyType] = [t]
        while true {
            seqs = seqs.filter { !$0.isEmpty }
            if seqs.isEmpty { return result }
            var candidate: PyType? = nil
            for s in seqs {
                let head = s[0]
                if !seqs.contains(where: { $0.dropFirst().contains(where: { $0 === head }) }) { candidate = head; break }
            }
            guard let c = candidate else { return nil }
            result.append(c)
            seqs = seqs.map { s in s.first === c ? Array(s.dropFirst()) : s }
        }
    }
}
