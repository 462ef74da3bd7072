import uuid
u = uuid.uuid4()
s = str(u)
print(len(s), s.count("-"), u.version, s[14], [len(p) for p in s.split("-")], type(u).__name__)
print(uuid.UUID(s) == u, isinstance(u.hex, str), len(u.hex))
