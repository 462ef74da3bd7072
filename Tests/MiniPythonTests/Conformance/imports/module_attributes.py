import math
import json
print(hasattr(math, "pi"), hasattr(json, "nope"), getattr(math, "tau") == 2 * math.pi)
try:
    math.nope
except AttributeError as e:
    print(e)
m = math
print(m is math, m.sqrt(4))
import math
print(m is math)
