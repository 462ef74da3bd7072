// dataclasses and urllib.parse, written in Python and run by MiniPython itself.

let dataclassesSource = #"""
class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'
MISSING = _MISSING_TYPE()

class FrozenInstanceError(AttributeError):
    pass

class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = metadata
        self.kw_only = kw_only
    def __repr__(self):
        return f"Field(name={self.name!r},type={self.type!r},default={self.default!r},default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},kw_only={self.kw_only!r},_field_type=_FIELD)"

def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)

def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(fs.values())

def is_dataclass(obj):
    return hasattr(obj, '__dataclass_fields__')

def _process_class(cls, init, repr_, eq, order, frozen):
    all_fields = {}
    for b in reversed(cls.__mro__[1:]):
        base_fields = getattr(b, '__dataclass_fields__', None)
        if base_fields:
            for f in base_fields.values():
                all_fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    for name, type_ in annotations.items():
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = Field(default, MISSING, True, True, None, True, None, False)
        f.name = name
        f.type = type_
        if f.default is not MISSING and type(f.default) in (list, dict, set):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: use default_factory')
        all_fields[name] = f
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    cls.__dataclass_fields__ = all_fields
    flist = list(all_fields.values())
    init_fields = [f for f in flist if f.init]
    seen_default = False
    for f in init_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    qual = cls.__qualname__
    if init:
        def __init__(self, *args, **kwargs):
            if len(args) > len(init_fields):
                raise TypeError(f'{qual}.__init__() takes {len(init_fields) + 1} positional arguments but {len(args) + 1} were given')
            values = {}
            for f, v in zip(init_fields, args):
                values[f.name] = v
            for k, v in kwargs.items():
                if k not in [f.name for f in init_fields]:
                    raise TypeError(f"{qual}.__init__() got an unexpected keyword argument '{k}'")
                if k in values:
                    raise TypeError(f"{qual}.__init__() got multiple values for argument '{k}'")
                values[k] = v
            missing = [f.name for f in init_fields if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
            if missing:
                quoted = [repr(m) for m in missing]
                if len(quoted) == 1:
                    text = quoted[0]
                elif len(quoted) == 2:
                    text = quoted[0] + ' and ' + quoted[1]
                else:
                    text = ', '.join(quoted[:-1]) + ', and ' + quoted[-1]
                s = '' if len(missing) == 1 else 's'
                raise TypeError(f'{qual}.__init__() missing {len(missing)} required positional argument{s}: {text}')
            for f in flist:
                if f.name in values:
                    v = values[f.name]
                elif f.default_factory is not MISSING:
                    v = f.default_factory()
                elif f.default is not MISSING:
                    v = f.default
                else:
                    continue
                object.__setattr__(self, f.name, v)
            post = getattr(self, '__post_init__', None)
            if post is not None:
                post()
        __init__.__qualname__ = qual + '.__init__'
        cls.__init__ = __init__
    if repr_:
        def __repr__(self):
            return qual + '(' + ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in flist if f.repr) + ')'
        __repr__.__qualname__ = qual + '.__repr__'
        cls.__repr__ = __repr__
    def _key(self):
        return tuple(getattr(self, f.name) for f in flist if f.compare)
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _key(self) == _key(other)
            return NotImplemented
        cls.__eq__ = __eq__
        if not frozen:
            cls.__hash__ = None
        else:
            cls.__hash__ = lambda self: hash(_key(self))
    if order:
        def _cmp(op):
            def method(self, other):
                if other.__class__ is self.__class__:
                    return op(_key(self), _key(other))
                return NotImplemented
            return method
        cls.__lt__ = _cmp(lambda a, b: a < b)
        cls.__le__ = _cmp(lambda a, b: a <= b)
        cls.__gt__ = _cmp(lambda a, b: a > b)
        cls.__ge__ = _cmp(lambda a, b: a >= b)
    if frozen:
        def __setattr__(self, name, value):
            raise FrozenInstanceError(f"cannot assign to field '{name}'")
        def __delattr__(self, name):
            raise FrozenInstanceError(f"cannot delete field '{name}'")
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    return cls

def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, frozen)
    if cls is None:
        return wrap
    return wrap(cls)

def _asdict_inner(obj, dict_factory):
    if hasattr(type(obj), '__dataclass_fields__'):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return obj

def asdict(obj, *, dict_factory=dict):
    if not hasattr(type(obj), '__dataclass_fields__'):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)

def astuple(obj, *, tuple_factory=tuple):
    if not hasattr(type(obj), '__dataclass_fields__'):
        raise TypeError('astuple() should be called on dataclass instances')
    return tuple_factory(_asdict_inner(getattr(obj, f.name), dict) for f in fields(obj))

def replace(obj, /, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
"""#

let urllibParseSource = #"""
from collections import namedtuple

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')

def quote(string, safe='/', encoding=None, errors=None):
    if isinstance(string, str):
        data = string.encode(encoding or 'utf-8', errors or 'strict')
    else:
        data = string
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    ok = _ALWAYS_SAFE | frozenset(safe)
    return ''.join(chr(b) if b in ok else '%{:02X}'.format(b) for b in data)

def quote_plus(string, safe='', encoding=None, errors=None):
    if (isinstance(string, str) and ' ' not in string) or (isinstance(string, bytes) and b' ' not in string):
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        space = ' '
    else:
        space = b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')

_HEX = '0123456789abcdefABCDEF'

def unquote_to_bytes(string):
    if isinstance(string, str):
        string = string.encode('utf-8')
    out = bytearray_like = []
    i = 0
    n = len(string)
    while i < n:
        c = string[i]
        if c == 37 and i + 2 < n + 0 and i + 2 <= n - 1 + 0 or (c == 37 and i + 2 < n + 1 and i + 2 <= n - 1):
            h = string[i + 1:i + 3].decode('ascii', 'replace')
            if len(h) == 2 and h[0] in _HEX and h[1] in _HEX:
                out.append(int(h, 16))
                i += 3
                continue
        out.append(c)
        i += 1
    return bytes(out)

def unquote(string, encoding='utf-8', errors='replace'):
    if '%' not in string:
        return string
    return unquote_to_bytes(string).decode(encoding, errors)

def unquote_plus(string, encoding='utf-8', errors='replace'):
    return unquote(string.replace('+', ' '), encoding, errors)

def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    if hasattr(query, 'items'):
        query = list(query.items())
    parts = []
    for k, v in query:
        k = quote_via(k if isinstance(k, (str, bytes)) else str(k), safe)
        if isinstance(v, (str, bytes)):
            parts.append(k + '=' + quote_via(v, safe))
        elif doseq and not isinstance(v, (str, bytes)) and hasattr(v, '__iter__') or doseq and isinstance(v, (list, tuple)):
            for item in v:
                parts.append(k + '=' + quote_via(item if isinstance(item, (str, bytes)) else str(item), safe))
        else:
            parts.append(k + '=' + quote_via(str(v), safe))
    return '&'.join(parts)

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    r = []
    for pair in qs.split(separator):
        if not pair:
            continue
        if '=' in pair:
            name, value = pair.split('=', 1)
        else:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (pair,))
            name, value = pair, ''
        if value or keep_blank_values:
            r.append((unquote_plus(name, encoding, errors), unquote_plus(value, encoding, errors)))
    return r

def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors, max_num_fields, separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result

class _NetlocMixin:
    @property
    def username(self):
        netloc = self.netloc
        if '@' in netloc:
            userinfo = netloc.rpartition('@')[0]
            return userinfo.partition(':')[0]
        return None
    @property
    def password(self):
        netloc = self.netloc
        if '@' in netloc:
            userinfo = netloc.rpartition('@')[0]
            user, has, pw = userinfo.partition(':')
            return pw if has else None
        return None
    @property
    def hostname(self):
        hostinfo = self.netloc.rpartition('@')[2]
        if hostinfo.startswith('['):
            return hostinfo[1:].partition(']')[0].lower() or None
        host = hostinfo.partition(':')[0]
        return host.lower() if host else None
    @property
    def port(self):
        hostinfo = self.netloc.rpartition('@')[2]
        _, has, port = hostinfo.rpartition(']')[2].partition(':') if hostinfo.startswith('[') else hostinfo.partition(':')
        if not has or not port:
            return None
        if not port.isdigit():
            raise ValueError(f"Port could not be cast to integer value as {port!r}")
        p = int(port)
        if not 0 <= p <= 65535:
            raise ValueError("Port out of range 0-65535")
        return p

_ParseResultBase = namedtuple('ParseResult', ['scheme', 'netloc', 'path', 'params', 'query', 'fragment'], module='urllib.parse')
_SplitResultBase = namedtuple('SplitResult', ['scheme', 'netloc', 'path', 'query', 'fragment'], module='urllib.parse')

def _attach(base):
    for name in ('username', 'password', 'hostname', 'port'):
        setattr(base, name, getattr(_NetlocMixin, name))
    return base

ParseResult = _attach(_ParseResultBase)
SplitResult = _attach(_SplitResultBase)
ParseResult.geturl = lambda self: urlunparse(self)
SplitResult.geturl = lambda self: urlunsplit(self)

_scheme_chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.'

def urlsplit(url, scheme='', allow_fragments=True):
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:i]:
            if c not in _scheme_chars:
                break
        else:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        delim = len(url)
        for c in '/?#':
            wdelim = url.find(c, 2)
            if wdelim >= 0:
                delim = min(delim, wdelim)
        netloc, url = url[2:delim], url[delim:]
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return SplitResult(scheme, netloc, url, query, fragment)

def urlparse(url, scheme='', allow_fragments=True):
    s = urlsplit(url, scheme, allow_fragments)
    path = s.path
    params = ''
    if ';' in path:
        i = path.find(';', path.rfind('/'))
        if i >= 0:
            path, params = path[:i], path[i + 1:]
    return ParseResult(s.scheme, s.netloc, path, params, s.query, s.fragment)

def urlunsplit(components):
    scheme, netloc, url, query, fragment = components
    if netloc or (scheme and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return url

def urlunparse(components):
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = "%s;%s" % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))

def urljoin(base, url, allow_fragments=True):
    if not base:
        return url
    if not url:
        return base
    b = urlparse(base)
    u = urlparse(url)
    if u.scheme:
        return url
    if u.netloc:
        return urlunparse((b.scheme,) + tuple(u)[1:])
    if u.path.startswith('/'):
        path = u.path
    else:
        path = b.path.rpartition('/')[0] + '/' + u.path if u.path else b.path
    parts = []
    for seg in path.split('/'):
        if seg == '..':
            if len(parts) > 1:
                parts.pop()
        elif seg != '.':
            parts.append(seg)
    path = '/'.join(parts)
    query = u.query if (u.path or u.query) else b.query
    return urlunparse((b.scheme, b.netloc, path, u.params, query, u.fragment))
"""#
