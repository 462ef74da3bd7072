import os
print(os.path.join("/var/task", "config", "app.json"), os.path.join("/tmp/", "/abs"), os.path.join("", "x"))
print(os.path.basename(""), os.path.dirname("/"), os.path.dirname("a/b/"), os.path.splitext("a.b/c"))
print(os.path.exists(""), os.path.isfile("/tmp/conformance_nope.txt"), os.path.isdir("/tmp/"))
