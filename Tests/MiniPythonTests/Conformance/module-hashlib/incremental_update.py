import hashlib
h = hashlib.sha256()
h.update(b"hello ")
h.update(b"world")
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest(), h.hexdigest())
h2 = hashlib.sha1(b"a")
h2.update(b"bc")
print(h2.hexdigest(), hashlib.sha1(b"abc").hexdigest())
try:
    hashlib.sha256("text")
except TypeError as e:
    print(e)
