import uuid
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, str(u).upper(), u.version)
v = uuid.UUID("{A8098C1A-F86E-11DA-BD1A-00112444BE1E}")
print(v, v.version, v == uuid.UUID("a8098c1af86e11dabd1a00112444be1e"))
w = uuid.UUID("urn:uuid:c232ab00-9414-11ec-b3c8-9f6bdeced846")
print(w, w.version, str(w) == "c232ab00-9414-11ec-b3c8-9f6bdeced846")
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print(type(e).__name__, e)
