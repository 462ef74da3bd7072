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

// `datetime.strptime` parses through this module, as CPython's does through its `_strptime`: the
// format becomes one regular expression (C locale names), matched case-insensitively.
let strptimeSource = #"""
import re as _re
from datetime import date as _date, timedelta as _timedelta, timezone as _timezone

_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]


def _names(names, key):
    ordered = sorted(names, key=len, reverse=True)
    return "(?P<%s>%s)" % (key, "|".join(ordered))


_DIRECTIVES = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "W": r"(?P<W>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z)",
    "A": _names(_DAYS, "A"),
    "a": _names([d[:3] for d in _DAYS], "a"),
    "B": _names(_MONTHS, "B"),
    "b": _names([m[:3] for m in _MONTHS], "b"),
    "p": "(?P<p>am|pm)",
    "Z": "(?P<Z>utc|gmt)",
    "%": "%",
}
_EXPANSIONS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}


def _pattern(format):
    original = format
    for letter, expansion in _EXPANSIONS.items():
        format = format.replace("%" + letter, expansion)
    format = _re.sub(r"([\\.^$*+?\(\){}\[\]|])", r"\\\1", format)
    format = _re.sub(r"\s+", r"\\s+", format)
    out = []
    seen = set()
    i = 0
    while i < len(format):
        ch = format[i]
        if ch != "%":
            out.append(ch)
            i += 1
            continue
        if i + 1 >= len(format):
            raise ValueError("stray %% in format '%s'" % original)
        letter = format[i + 1]
        if letter not in _DIRECTIVES:
            raise ValueError("'%s' is a bad directive in format '%s'" % (letter, original))
        regex = _DIRECTIVES[letter]
        if letter in seen and letter != "%":
            regex = "(?P=%s)" % letter
        seen.add(letter)
        out.append(regex)
        i += 2
    return "".join(out)


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (index + 1, type(arg).__name__))
    found = _re.match(_pattern(format), data_string, _re.IGNORECASE)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    values = found.groupdict()
    year = 1900
    month = day = 1
    hour = minute = second = fraction = 0
    gmtoff = None
    gmtoff_fraction = 0
    tzname = None
    julian = None
    if values.get("y") is not None:
        year = int(values["y"])
        year += 2000 if year <= 68 else 1900
    if values.get("Y") is not None:
        year = int(values["Y"])
    if values.get("m") is not None:
        month = int(values["m"])
    if values.get("B") is not None:
        month = _MONTHS.index(values["B"].lower()) + 1
    if values.get("b") is not None:
        month = [m[:3] for m in _MONTHS].index(values["b"].lower()) + 1
    if values.get("d") is not None:
        day = int(values["d"])
    if values.get("H") is not None:
        hour = int(values["H"])
    if values.get("I") is not None:
        hour = int(values["I"])
        ampm = (values.get("p") or "").lower()
        if ampm in ("", "am"):
            if hour == 12:
                hour = 0
        elif hour != 12:
            hour += 12
    if values.get("M") is not None:
        minute = int(values["M"])
    if values.get("S") is not None:
        second = int(values["S"])
    if values.get("f") is not None:
        digits = values["f"]
        fraction = int(digits + "0" * (6 - len(digits)))
    if values.get("j") is not None:
        julian = int(values["j"])
    if values.get("z") is not None:
        z = values["z"]
        if z == "Z" or z == "z":
            gmtoff = 0
        else:
            if z[3] == ":":
                z = z[:3] + z[4:]
                if len(z) > 5:
                    if z[5] != ":":
                        raise ValueError("Inconsistent use of : in %s" % values["z"])
                    z = z[:5] + z[6:]
            hours = int(z[1:3])
            minutes = int(z[3:5])
            seconds = int(z[5:7] or 0)
            gmtoff = hours * 3600 + minutes * 60 + seconds
            rest = z[8:]
            gmtoff_fraction = int(rest + "0" * (6 - len(rest))) if rest else 0
            if z.startswith("-"):
                gmtoff = -gmtoff
                gmtoff_fraction = -gmtoff_fraction
    if values.get("Z") is not None:
        tzname = values["Z"]
    if julian is not None and values.get("m") is None and values.get("B") is None and values.get("b") is None:
        moved = _date.fromordinal(julian - 1 + _date(year, 1, 1).toordinal())
        year, month, day = moved.year, moved.month, moved.day
    args = (year, month, day, hour, minute, second, fraction)
    if gmtoff is not None:
        delta = _timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (_timezone(delta, tzname) if tzname else _timezone(delta),)
    return cls(*args)
"""#
