path = "/tmp/conformance_files_type_errors.txt"
with open(path, "w") as f:
    try:
        f.write(5)
    except TypeError as e:
        print(e)
with open(path, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print(e)
import os
os.remove(path)
print(os.path.exists(path))
