# type(name, bases, dict) takes __module__ from the namespace, else from the module that calls it.
C = type('C', (), {'__module__': 'pkg.mod', 'x': 1})
print(C, C.__module__, C.x)
D = type('D', (ValueError,), {})
print(D, D.__module__, issubclass(D, Exception))
print(repr(D('boom')))
