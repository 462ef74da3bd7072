path = "/tmp/conformance_files_binary.bin"
with open(path, "wb") as f:
    f.write(b"\x00\x01\xffdata")
with open(path, "rb") as f:
    data = f.read()
print(data, type(data).__name__, len(data))
with open(path, "w", encoding="utf-8") as f:
    f.write("café")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="utf-8") as f:
    print(f.read())
import os
os.remove(path)
print(os.path.exists(path))
