import os
path = "/tmp/conformance_files_modes.txt"
with open(path, "w") as f:
    f.write("data")
with open(path) as f:
    try:
        f.write("no")
    except Exception as e:
        print(type(e).__name__, e)
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno)
try:
    open(path, "q")
except ValueError as e:
    print(e)
os.remove(path)
with open(path, "x") as f:
    f.write("created")
with open(path) as f:
    print(f.read())
os.remove(path)
