import hashlib
for name in ["md5", "sha1", "sha256"]:
    h = getattr(hashlib, name)(b"hello")
    print(name, h.hexdigest(), len(h.digest()), h.digest()[:4])
print(hashlib.sha256(b"").hexdigest())
print(hashlib.md5("café".encode("utf-8")).hexdigest())
