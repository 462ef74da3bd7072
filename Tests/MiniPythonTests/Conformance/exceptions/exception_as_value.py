errors = [ValueError("a"), KeyError("b")]
for err in errors:
    print(type(err).__name__, err, isinstance(err, Exception))
def make():
    return RuntimeError("made")
try:
    raise make()
except RuntimeError as e:
    print(e)
e = ValueError("x")
e.extra = 1
print(e.extra, e.args)
