class Conf:
    debug = False
c = Conf()
print(hasattr(c, "debug"), hasattr(c, "verbose"), getattr(c, "debug"), getattr(c, "verbose", "unset"))
setattr(c, "verbose", True)
print(c.verbose, getattr(c, "verbose"), hasattr(Conf, "verbose"))
setattr(Conf, "level", 3)
print(c.level, hasattr("s", "upper"), getattr([], "append").__name__)
try:
    getattr(c, "missing")
except AttributeError as e:
    print(e)
try:
    getattr(c, 5)
except TypeError as e:
    print(e)
