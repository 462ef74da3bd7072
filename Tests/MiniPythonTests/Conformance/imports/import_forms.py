import math
import json as j
from os import path
from os.path import join, basename as base
from collections import Counter, defaultdict as dd
import os.path
print(math.floor(2.5), j.dumps([1]), path.basename("/a/b"), join("a", "b"), base("/x/y.txt"))
print(Counter("aab")["a"], dd(int)["k"], os.path.splitext("f.py")[1])
print(type(math).__name__, math.__name__, j.__name__)
