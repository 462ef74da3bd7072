path = "/tmp/conformance_files_write_read.txt"
with open(path, "w") as f:
    n = f.write("line one\nline two\n")
    f.write("line three")
print(n)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for line in f:
        print(line.rstrip("\n"))
import os
os.remove(path)
print(os.path.exists(path))
