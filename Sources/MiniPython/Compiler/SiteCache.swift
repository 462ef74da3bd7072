// Per-site memos of class-attribute lookups, for attribute loads, stores and method calls on instances of user
// classes. A memo holds for one class while the runtime's type epoch (bumped whenever any class attribute
// changes) is unchanged, so it answers exactly what `PyType.lookup` would, without hashing the name.
// Stored properties are `@exclusivity(unchecked)`: a runtime is used by one thread at a time and no code holds an
// inout access to them across a call back into Python.

final class SiteCache {
    @exclusivity(unchecked) private var type: PyType? = nil
    @exclusivity(unchecked) private var epoch = -1
    @exclusivity(unchecked) private var value: Value? = nil
    /// For stores: the class has no property of this name and no `__setattr__`.
    @exclusivity(unchecked) private var plainStore = false

    /// `t.lookup(name)`, memoized for the last class seen here.
    @inline(__always) func lookup(_ t: PyType, _ name: String) -> Value? {
        if t === type, let e = t.epoch, e.value == epoch { return value }
        return refresh(t, name)
    }

    private func refresh(_ t: PyType, _ name: String) -> Value? {
        let v = t.lookup(name)
        value = v
        plainStore = !t.isBuiltin && t.lookupUser("__setattr__") == nil
        if case .object(let o)? = v, o is PyProperty { plainStore = false }
        if let e = t.epoch { type = t; epoch = e.value } else { type = nil }
        return v
    }

    /// `t.attributes[name]` (the type's own attribute, no MRO walk), memoized for the last type seen here. Use a
    /// cache for either this or `lookup`, never both.
    @inline(__always) func own(_ t: PyType, _ name: String) -> Value? {
        if t === type, let e = t.epoch, e.value == epoch { return value }
        let v = t.attributes[name]
        value = v
        if let e = t.epoch { type = t; epoch = e.value } else { type = nil }
        return v
    }

    /// True when storing `name` on an instance of `t` just sets the instance attribute (no property setter, no
    /// `__setattr__`, a user class).
    @inline(__always) func storesPlainly(_ t: PyType, _ name: String) -> Bool {
        if t === type, let e = t.epoch, e.value == epoch { return plainStore }
        _ = refresh(t, name)
        return plainStore
    }
}

/// The instance of a user class (not an exception) that `v` holds, if it does: the common case of attribute access.
@inline(__always) func plainInstance(_ v: Value) -> PyInstance? {
    guard case .object(let o) = v, type(of: o) == PyInstance.self else { return nil }
    return unsafeDowncast(o, to: PyInstance.self)
}
