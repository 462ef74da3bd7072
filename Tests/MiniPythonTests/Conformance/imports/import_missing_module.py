try:
    import nosuchmodule
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ImportError))
try:
    from nosuchpackage import thing
except ImportError as e:
    print(type(e).__name__, e)
