import os.path
print(os.path.join("/tmp", "dir", "file.txt"), os.path.join("a", "/abs", "b"), os.path.join("a", ""), os.path.join("a"))
print(os.path.basename("/tmp/dir/file.txt"), os.path.basename("/tmp/dir/"), os.path.dirname("/tmp/dir/file.txt"), os.path.dirname("file"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext("/a/b"), os.path.splitext(".bashrc"), os.path.splitext("x."))
print(os.path.exists("/tmp"), os.path.isdir("/tmp"), os.path.isfile("/tmp"), os.path.exists("/tmp/conformance-nope"))
