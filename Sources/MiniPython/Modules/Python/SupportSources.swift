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
