// functools, itertools and copy, written in Python and run by MiniPython itself.

let functoolsSource = #"""
from collections import namedtuple

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')

def reduce(function, iterable, *args):
    it = iter(iterable)
    if args:
        value = args[0]
    else:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    for element in it:
        value = function(value, element)
    return value

class partial:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        self.func = func
        self.args = args
        self.keywords = keywords
    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})
    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args] + [f"{k}={v!r}" for k, v in self.keywords.items()]
        return "functools.partial(" + ", ".join(parts) + ")"

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=('__dict__',)):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    wrapper.__wrapped__ = wrapped
    return wrapper

def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=('__dict__',)):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator

CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

def _make_key(args, kwds):
    key = args
    if kwds:
        key = key + (object,)
        for item in kwds.items():
            key = key + item
    return key

def lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and not isinstance(maxsize, int):
        return _lru_wrapper(maxsize, 128)
    if maxsize is not None and not isinstance(maxsize, int):
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    if maxsize is not None and maxsize < 0:
        maxsize = 0
    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize)
    return decorating_function

def _lru_wrapper(user_function, maxsize):
    cache = {}
    stats = [0, 0]
    def wrapper(*args, **kwds):
        key = _make_key(args, kwds)
        if key in cache:
            stats[0] += 1
            value = cache.pop(key)
            cache[key] = value
            return value
        stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize != 0:
            cache[key] = result
            if maxsize is not None and len(cache) > maxsize:
                del cache[next(iter(cache))]
        return result
    def cache_info():
        return CacheInfo(stats[0], stats[1], maxsize, len(cache))
    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    update_wrapper(wrapper, user_function)
    return wrapper

def cache(user_function):
    return lru_cache(maxsize=None)(user_function)

def cmp_to_key(mycmp):
    class K(object):
        __slots__ = ['obj']
        def __init__(self, obj):
            self.obj = obj
        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0
        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0
        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0
        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0
        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0
        __hash__ = None
    return K

def total_ordering(cls):
    d = vars(cls)
    if '__lt__' in d:
        cls.__gt__ = lambda self, other: not (self < other or self == other)
        cls.__le__ = lambda self, other: self < other or self == other
        cls.__ge__ = lambda self, other: not self < other
    elif '__gt__' in d:
        cls.__lt__ = lambda self, other: not (self > other or self == other)
        cls.__ge__ = lambda self, other: self > other or self == other
        cls.__le__ = lambda self, other: not self > other
    elif '__le__' in d:
        cls.__ge__ = lambda self, other: not self <= other or self == other
        cls.__lt__ = lambda self, other: self <= other and not self == other
        cls.__gt__ = lambda self, other: not self <= other
    elif '__ge__' in d:
        cls.__le__ = lambda self, other: not self >= other or self == other
        cls.__gt__ = lambda self, other: self >= other and not self == other
        cls.__lt__ = lambda self, other: not self >= other
    else:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    return cls
"""#

let itertoolsSource = #"""
class count:
    def __init__(self, start=0, step=1):
        self._n = start
        self._step = step
    def __iter__(self):
        return self
    def __next__(self):
        n = self._n
        self._n += self._step
        return n
    def __repr__(self):
        return f"count({self._n!r})" if self._step == 1 else f"count({self._n!r}, {self._step!r})"

class cycle:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._i = -1
    def __iter__(self):
        return self
    def __next__(self):
        if self._i < 0:
            for x in self._it:
                self._saved.append(x)
                return x
            if not self._saved:
                raise StopIteration
            self._i = 0
        x = self._saved[self._i]
        self._i = (self._i + 1) % len(self._saved)
        return x

class repeat:
    def __init__(self, obj, times=None):
        self._obj = obj
        self._left = times
    def __iter__(self):
        return self
    def __next__(self):
        if self._left is not None:
            if self._left <= 0:
                raise StopIteration
            self._left -= 1
        return self._obj

class _chain:
    def __init__(self, iterables):
        self._sources = iter(iterables)
        self._current = None
    def __iter__(self):
        return self
    def __next__(self):
        while True:
            if self._current is None:
                self._current = iter(next(self._sources))
            for x in self._current:
                return x
            self._current = None

def chain(*iterables):
    return _chain(iterables)

chain.from_iterable = lambda iterables: _chain(iterables)

class islice:
    def __init__(self, iterable, *args):
        s = slice(*args)
        start, stop, step = s.start or 0, s.stop, s.step or 1
        for v, name in ((start, 'Indices'), (stop, 'Stop')):
            if v is not None and (not isinstance(v, int) or v < 0):
                raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.") if name == 'Indices' else ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self._stop is not None and self._next >= self._stop:
            raise StopIteration
        while True:
            x = next(self._it)
            i = self._i
            self._i += 1
            if i == self._next:
                self._next += self._step
                return x

class _Grouper:
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key
    def __iter__(self):
        return self
    def __next__(self):
        p = self._parent
        if p._tgtkey_done or p._currkey != self._key:
            raise StopIteration
        value = p._currvalue
        p._advance()
        return value

class groupby:
    def __init__(self, iterable, key=None):
        self._keyfunc = key if key is not None else (lambda x: x)
        self._it = iter(iterable)
        self._tgtkey_done = False
        self._started = False
        self._exhausted = False
        self._currkey = None
        self._currvalue = None
    def _advance(self):
        try:
            self._currvalue = next(self._it)
            self._currkey = self._keyfunc(self._currvalue)
        except StopIteration:
            self._exhausted = True
            self._tgtkey_done = True
    def __iter__(self):
        return self
    def __next__(self):
        if not self._started:
            self._started = True
            self._advance()
        elif not self._exhausted:
            key = self._lastkey
            while not self._exhausted and self._currkey == key:
                self._advance()
        if self._exhausted:
            raise StopIteration
        self._lastkey = self._currkey
        return (self._currkey, _Grouper(self, self._currkey))

def accumulate(iterable, func=None, *, initial=None):
    out = []
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return iter(out)
    out.append(total)
    for x in it:
        total = func(total, x) if func is not None else total + x
        out.append(total)
    return iter(out)

def product(*iterables, repeat=1):
    pools = [tuple(p) for p in iterables] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    return iter([tuple(r) for r in result])

def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    out = []
    def rec(prefix, used):
        if len(prefix) == r:
            out.append(tuple(pool[i] for i in prefix))
            return
        for i in range(n):
            if i not in used:
                rec(prefix + [i], used | {i})
    if r <= n:
        rec([], set())
    return iter(out)

def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    out = []
    def rec(start, prefix):
        if len(prefix) == r:
            out.append(tuple(pool[i] for i in prefix))
            return
        for i in range(start, n):
            rec(i + 1, prefix + [i])
    if r <= n:
        rec(0, [])
    return iter(out)

def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    out = []
    def rec(start, prefix):
        if len(prefix) == r:
            out.append(tuple(pool[i] for i in prefix))
            return
        for i in range(start, n):
            rec(i, prefix + [i])
    if n or not r:
        rec(0, [])
    return iter(out)

def zip_longest(*iterables, fillvalue=None):
    its = [iter(i) for i in iterables]
    out = []
    while True:
        row = []
        active = 0
        for it in its:
            try:
                row.append(next(it))
                active += 1
            except StopIteration:
                row.append(fillvalue)
        if not active:
            return iter(out)
        out.append(tuple(row))

def takewhile(predicate, iterable):
    out = []
    for x in iterable:
        if not predicate(x):
            break
        out.append(x)
    return iter(out)

def dropwhile(predicate, iterable):
    it = iter(iterable)
    out = []
    for x in it:
        if not predicate(x):
            out.append(x)
            break
    out.extend(it)
    return iter(out)

def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    return iter([x for x in iterable if not predicate(x)])

def starmap(function, iterable):
    return iter([function(*args) for args in iterable])

def tee(iterable, n=2):
    items = list(iterable)
    return tuple(iter(list(items)) for _ in range(n))

def pairwise(iterable):
    items = list(iterable)
    return iter(list(zip(items, items[1:])))

def batched(iterable, n):
    if n < 1:
        raise ValueError('n must be at least one')
    items = list(iterable)
    return iter([tuple(items[i:i + n]) for i in range(0, len(items), n)])

def compress(data, selectors):
    return iter([d for d, s in zip(data, selectors) if s])
"""#

let copySource = #"""
class Error(Exception):
    pass

error = Error

def copy(x):
    cls = type(x)
    if cls in (int, float, bool, str, bytes, tuple, frozenset, type(None), range):
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    c = getattr(x, '__copy__', None)
    if c is not None:
        return c()
    if hasattr(x, '__dict__') and not isinstance(x, type):
        new = object.__new__(cls)
        new.__dict__.update(x.__dict__) if False else [setattr(new, k, v) for k, v in vars(x).items()]
        return new
    return _native_copy(x)

def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    i = id(x)
    if i in memo:
        return memo[i]
    cls = type(x)
    if cls in (int, float, bool, str, bytes, frozenset, type(None), range) or isinstance(x, type) or callable(x) and not hasattr(x, '__dict__'):
        return x
    if cls is list:
        y = []
        memo[i] = y
        for v in x:
            y.append(deepcopy(v, memo))
        return y
    if cls is tuple:
        y = tuple(deepcopy(v, memo) for v in x)
        memo[i] = y
        return y
    if cls is dict:
        y = {}
        memo[i] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls is set:
        y = {deepcopy(v, memo) for v in x}
        memo[i] = y
        return y
    dc = getattr(x, '__deepcopy__', None)
    if dc is not None:
        return dc(memo)
    if hasattr(x, '__dict__'):
        new = object.__new__(cls)
        memo[i] = new
        for k, v in vars(x).items():
            setattr(new, k, deepcopy(v, memo))
        return new
    return _native_copy(x)
"""#
