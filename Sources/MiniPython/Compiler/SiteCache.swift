// Per-site memos of class-attribute lookups, for attribute loads, stores and method calls on instances of user
// classes. A memo holds for up to four classes (a site that sees several classes, like `shape.area()` over a list
// of shapes, keeps them all) while the runtime's type epoch (bumped whenever any class attribute changes) is
// unchanged, so it answers exactly what `PyType.lookup` would, without hashing the name.
// Stored properties are `@exclusivity(unchecked)`: a runtime is used by one thread at a time and no code holds an
// inout access to them across a call back into Python.

final class SiteCache {
    /// The type epoch the entries are valid for; all entries are dropped when it moves on.
    @exclusivity(unchecked) private var epoch = -1
    @exclusivity(unchecked) private var type0: PyType? = nil
    @exclusivity(unchecked) private var type1: PyType? = nil
    @exclusivity(unchecked) private var type2: PyType? = nil
    @exclusivity(unchecked) private var type3: PyType? = nil
    @exclusivity(unchecked) private var value0: Value? = nil
    @exclusivity(unchecked) private var value1: Value? = nil
    @exclusivity(unchecked) private var value2: Value? = nil
    @exclusivity(unchecked) private var value3: Value? = nil
    /// For stores: the class has no property of this name and no `__setattr__`.
    @exclusivity(unchecked) private var plain0 = false
    @exclusivity(unchecked) private var plain1 = false
    @exclusivity(unchecked) private var plain2 = false
    @exclusivity(unchecked) private var plain3 = false
    /// The entry the next miss replaces (round robin).
    @exclusivity(unchecked) private var next = 0

    /// The entry holding `t` (0...3), or -1.
    @inline(__always) private func entry(_ t: PyType) -> Int {
        guard let e = t.epoch, e.value == epoch else { return -1 }
        if t === type0 { return 0 }
        if t === type1 { return 1 }
        if t === type2 { return 2 }
        if t === type3 { return 3 }
        return -1
    }

    @inline(__always) private func value(at i: Int) -> Value? {
        switch i { case 0: return value0; case 1: return value1; case 2: return value2; default: return value3 }
    }

    /// `t.lookup(name)`, memoized for the last classes seen here.
    @inline(__always) func lookup(_ t: PyType, _ name: String) -> Value? {
        let i = entry(t)
        if i >= 0 { return value(at: i) }
        return refresh(t, name, own: false).value
    }

    private func refresh(_ t: PyType, _ name: String, own: Bool) -> (value: Value?, plainStore: Bool) {
        let v = own ? t.attributes[name] : t.lookup(name)
        var plain = false
        if !own {
            plain = !t.isBuiltin && t.lookupUser("__setattr__") == nil
            if case .object(let o)? = v, o is PyProperty { plain = false }
        }
        guard let e = t.epoch else { return (v, plain) }
        if e.value != epoch {
            epoch = e.value
            type0 = nil; type1 = nil; type2 = nil; type3 = nil
            value0 = nil; value1 = nil; value2 = nil; value3 = nil
            next = 0
        }
        switch next {
        case 0: type0 = t; value0 = v; plain0 = plain
        case 1: type1 = t; value1 = v; plain1 = plain
        case 2: type2 = t; value2 = v; plain2 = plain
        default: type3 = t; value3 = v; plain3 = plain
        }
        next = (next &+ 1) & 3
        return (v, plain)
    }

    /// `t.attributes[name]` (the type's own attribute, no MRO walk), memoized for the last types seen here. Use a
    /// cache for either this or `lookup`, never both.
    @inline(__always) func own(_ t: PyType, _ name: String) -> Value? {
        let i = entry(t)
        if i >= 0 { return value(at: i) }
        return refresh(t, name, own: true).value
    }

    /// True when storing `name` on an instance of `t` just sets the instance attribute (no property setter, no
    /// `__setattr__`, a user class).
    @inline(__always) func storesPlainly(_ t: PyType, _ name: String) -> Bool {
        switch entry(t) {
        case 0: return plain0
        case 1: return plain1
        case 2: return plain2
        case 3: return plain3
        default: return refresh(t, name, own: false).plainStore
        }
    }
}

/// The built-in a global-name site found (a class, not a captured `var`: a captured variable is boxed and every
/// access to it is checked for exclusivity at run time). `@exclusivity(unchecked)`: one thread runs a runtime's code
/// at a time and nothing holds an access to it across a call.
final class BuiltinMemo {
    @exclusivity(unchecked) var value: Value? = nil
}

/// The instance of a user class (not an exception) that `v` holds, if it does: the common case of attribute access.
@inline(__always) func plainInstance(_ v: Value) -> PyInstance? {
    guard case .object(let o) = v, type(of: o) == PyInstance.self else { return nil }
    return unsafeDowncast(o, to: PyInstance.self)
}
