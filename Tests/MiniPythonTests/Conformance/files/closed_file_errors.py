path = "/tmp/conformance_files_closed.txt"
f = open(path, "w")
f.write("x")
print(f.closed)
f.close()
print(f.closed)
try:
    f.write("y")
except ValueError as e:
    print(type(e).__name__, e)
with open(path) as g:
    pass
try:
    g.read()
except ValueError as e:
    print(e)
import os
os.remove(path)
print(os.path.exists(path))
