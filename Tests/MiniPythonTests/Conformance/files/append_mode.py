path = "/tmp/conformance_files_append.txt"
with open(path, "w") as f:
    f.write("a\n")
with open(path, "a") as f:
    f.write("b\n")
with open(path, "a") as f:
    print("c", file=f)
with open(path) as f:
    print(f.read().splitlines())
import os
os.remove(path)
print(os.path.exists(path))
