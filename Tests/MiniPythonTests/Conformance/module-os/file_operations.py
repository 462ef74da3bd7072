import os
base = "/tmp/conformance_os_ops"
os.makedirs(base + "/sub/deeper", exist_ok=True)
with open(base + "/b.txt", "w") as f:
    f.write("b")
with open(base + "/a.txt", "w") as f:
    f.write("a")
print(sorted(os.listdir(base)))
print(os.path.isfile(base + "/a.txt"), os.path.isdir(base + "/sub"), os.path.exists(base + "/c.txt"))
os.remove(base + "/a.txt")
print(sorted(os.listdir(base)))
try:
    os.remove(base + "/a.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
try:
    os.makedirs(base + "/sub")
except FileExistsError as e:
    print(type(e).__name__, e.errno)
os.remove(base + "/b.txt")
print(sorted(os.listdir(base)), os.listdir(base + "/sub"))
