try:
    from json import no_such_function
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    from math import sqroot
except ImportError as e:
    print(type(e).__name__, e.name)
