// The built-in types and the exception hierarchy of one runtime.

package final class TypeRegistry {
    package let object: PyType
    package let type: PyType
    package let none, bool, int, float, str, bytes, list, tuple, dict, set, frozenset: PyType
    package let range, slice, function, builtinFunction, method, module, property, staticmethod, classmethod: PyType
    package let superType, iterator, notImplementedType, ellipsisType, cell: PyType
    package let dictKeys, dictValues, dictItems: PyType
    package var exceptions: [String: PyType] = [:]
    package let baseException, exception: PyType
    package let epoch = TypeEpoch()

    package init() {
        let sharedEpoch = epoch
        func make(_ name: String, _ kind: BuiltinKind, _ bases: [PyType]) -> PyType {
            let t = PyType(name: name, bases: bases, kind: kind, isBuiltin: true)
            t.mro = [t] + (bases.first?.mro ?? [])
            t.epoch = sharedEpoch
            return t
        }
        object = PyType(name: "object", bases: [], kind: .object, isBuiltin: true)
        object.mro = [object]
        object.epoch = epoch
        type = make("type", .type, [object])
        none = make("NoneType", .none, [object])
        int = make("int", .int, [object])
        bool = make("bool", .bool, [int])
        float = make("float", .float, [object])
        str = make("str", .str, [object])
        bytes = make("bytes", .bytes, [object])
        list = make("list", .list, [object])
        tuple = make("tuple", .tuple, [object])
        dict = make("dict", .dict, [object])
        set = make("set", .set, [object])
        frozenset = make("frozenset", .frozenset, [object])
        range = make("range", .range, [object])
        slice = make("slice", .slice, [object])
        function = make("function", .function, [object])
        builtinFunction = make("builtin_function_or_method", .builtinFunction, [object])
        method = make("method", .method, [object])
        module = make("module", .module, [object])
        property = make("property", .property, [object])
        staticmethod = make("staticmethod", .staticmethod, [object])
        classmethod = make("classmethod", .classmethod, [object])
        superType = make("super", .superType, [object])
        iterator = make("iterator", .iterator, [object])
        notImplementedType = make("NotImplementedType", .notImplemented, [object])
        ellipsisType = make("ellipsis", .ellipsis, [object])
        cell = make("cell", .cell, [object])
        dictKeys = make("dict_keys", .other, [object])
        dictValues = make("dict_values", .other, [object])
        dictItems = make("dict_items", .other, [object])

        baseException = make("BaseException", .exception, [object])
        baseException.isException = true
        exceptions["BaseException"] = baseException
        exception = make("Exception", .exception, [baseException])
        exception.isException = true
        exceptions["Exception"] = exception
        let tree: [(String, String)] = [
            ("ArithmeticError", "Exception"), ("ZeroDivisionError", "ArithmeticError"), ("OverflowError", "ArithmeticError"),
            ("FloatingPointError", "ArithmeticError"),
            ("LookupError", "Exception"), ("KeyError", "LookupError"), ("IndexError", "LookupError"),
            ("ValueError", "Exception"), ("UnicodeError", "ValueError"), ("UnicodeDecodeError", "UnicodeError"),
            ("UnicodeEncodeError", "UnicodeError"), ("TypeError", "Exception"), ("AttributeError", "Exception"),
            ("NameError", "Exception"), ("UnboundLocalError", "NameError"), ("RuntimeError", "Exception"),
            ("RecursionError", "RuntimeError"), ("NotImplementedError", "RuntimeError"), ("StopIteration", "Exception"),
            ("AssertionError", "Exception"), ("ImportError", "Exception"), ("ModuleNotFoundError", "ImportError"),
            ("OSError", "Exception"), ("FileNotFoundError", "OSError"), ("FileExistsError", "OSError"),
            ("PermissionError", "OSError"), ("TimeoutError", "OSError"), ("IsADirectoryError", "OSError"),
            ("NotADirectoryError", "OSError"), ("MemoryError", "Exception"),
            ("SyntaxError", "Exception"), ("IndentationError", "SyntaxError"), ("TabError", "IndentationError"),
            ("KeyboardInterrupt", "BaseException"), ("SystemExit", "BaseException"), ("GeneratorExit", "BaseException"),
            ("EOFError", "Exception"), ("BufferError", "Exception"), ("Warning", "Exception"),
            ("UserWarning", "Warning"), ("DeprecationWarning", "Warning"), ("RuntimeWarning", "Warning"),
            ("StopAsyncIteration", "Exception"), ("ConnectionError", "OSError"),
        ]
        for (name, base) in tree {
            let t = make(name, .exception, [exceptions[base]!])
            t.isException = true
            exceptions[name] = t
        }
        let unsupported = PyType(name: "UnsupportedOperation", bases: [exceptions["OSError"]!, exceptions["ValueError"]!], kind: .exception, isBuiltin: true, module: "io")
        unsupported.mro = PyType.computeMRO(unsupported) ?? [unsupported]
        unsupported.isException = true
        exceptions["io.UnsupportedOperation"] = unsupported
    }

    package subscript(exception name: String) -> PyType { exceptions[name]! }
}
