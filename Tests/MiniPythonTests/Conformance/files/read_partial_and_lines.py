path = "/tmp/conformance_files_partial.txt"
with open(path, "w") as f:
    f.writelines(["alpha\n", "beta\n", "gamma"])
with open(path) as f:
    print(repr(f.read(3)), repr(f.read(4)), repr(f.read()), repr(f.read()))
with open(path) as f:
    print([len(line) for line in f])
print(sum(1 for _ in open(path)))
import os
os.remove(path)
print(os.path.exists(path))
