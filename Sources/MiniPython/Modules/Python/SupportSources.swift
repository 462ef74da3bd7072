// Small support modules (numbers, contextvars) that decimal and handlers import.

let numbersSource = #"""
class Number:
    __slots__ = ()
    _builtin = ()
    @classmethod
    def register(cls, subclass):
        cls._registered = getattr(cls, '_registered', ()) + (subclass,)
        return subclass
    @classmethod
    def __instancecheck__(cls, instance):
        kinds = {'Number': (int, float, bool), 'Complex': (int, float, bool), 'Real': (int, float, bool),
                 'Rational': (int, bool), 'Integral': (int, bool)}.get(cls.__name__, ())
        return isinstance(instance, kinds + getattr(cls, '_registered', ())) or type(instance) in _subclasses_of(cls)

def _subclasses_of(cls):
    return ()

class Complex(Number):
    __slots__ = ()
class Real(Complex):
    __slots__ = ()
class Rational(Real):
    __slots__ = ()
class Integral(Rational):
    __slots__ = ()
"""#

let contextvarsSource = #"""
class Token:
    def __init__(self, var, old):
        self.var = var
        self.old_value = old

class ContextVar:
    _MISSING = object()
    def __init__(self, name, *, default=_MISSING):
        self.name = name
        self._default = default
        self._value = ContextVar._MISSING
    def get(self, *args):
        if self._value is not ContextVar._MISSING:
            return self._value
        if args:
            return args[0]
        if self._default is not ContextVar._MISSING:
            return self._default
        raise LookupError(self)
    def set(self, value):
        token = Token(self, self._value)
        self._value = value
        return token
    def reset(self, token):
        self._value = token.old_value
    def __repr__(self):
        return f"<ContextVar name={self.name!r}>"

def copy_context():
    raise NotImplementedError("contextvars.copy_context is not supported by the workbook's Python")
"""#

// `from __future__ import annotations` and friends: every feature is already on in MiniPython (which
// never evaluates annotations); the compile-time checks of these imports are in Parser.futureImportError.
let futureSource = #"""
all_feature_names = ["nested_scopes", "generators", "division", "absolute_import", "with_statement",
                     "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"]
__all__ = ["all_feature_names"] + all_feature_names

CO_NESTED = 0x0010
CO_GENERATOR_ALLOWED = 0
CO_FUTURE_DIVISION = 0x20000
CO_FUTURE_ABSOLUTE_IMPORT = 0x40000
CO_FUTURE_WITH_STATEMENT = 0x80000
CO_FUTURE_PRINT_FUNCTION = 0x100000
CO_FUTURE_UNICODE_LITERALS = 0x200000
CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_GENERATOR_STOP = 0x800000
CO_FUTURE_ANNOTATIONS = 0x1000000


class _Feature:
    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.optional = optionalRelease
        self.mandatory = mandatoryRelease
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        return self.optional

    def getMandatoryRelease(self):
        return self.mandatory

    def __repr__(self):
        return "_Feature" + repr((self.optional, self.mandatory, self.compiler_flag))


nested_scopes = _Feature((2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0), CO_NESTED)
generators = _Feature((2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0), CO_GENERATOR_ALLOWED)
division = _Feature((2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_DIVISION)
absolute_import = _Feature((2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0), CO_FUTURE_ABSOLUTE_IMPORT)
with_statement = _Feature((2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0), CO_FUTURE_WITH_STATEMENT)
print_function = _Feature((2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_PRINT_FUNCTION)
unicode_literals = _Feature((2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_UNICODE_LITERALS)
barry_as_FLUFL = _Feature((3, 1, 0, "alpha", 2), (4, 0, 0, "alpha", 0), CO_FUTURE_BARRY_AS_BDFL)
generator_stop = _Feature((3, 5, 0, "beta", 1), (3, 7, 0, "alpha", 0), CO_FUTURE_GENERATOR_STOP)
annotations = _Feature((3, 7, 0, "beta", 1), None, CO_FUTURE_ANNOTATIONS)
"""#
