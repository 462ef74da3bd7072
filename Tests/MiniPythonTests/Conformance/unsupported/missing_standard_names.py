# A name CPython's module has and the workbook's Python lacks says so (str(e) stays CPython's message).
import os
try:
    os.walk
except AttributeError as e:
    print(e)
try:
    from string import Template
except ImportError as e:
    print(type(e).__name__)
try:
    os.no_such_thing
except AttributeError as e:
    print(e)
for root, dirs, files in os.walk('/tmp'):
    print(root)
