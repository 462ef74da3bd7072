e = Exception("msg")
print(isinstance(e, BaseException), type(e).__name__, e.args)
print([cls.__name__ for cls in (ValueError, TypeError, KeyError) if issubclass(cls, Exception)])
err = ValueError
try:
    raise err("from a name")
except err as caught:
    print(caught)
