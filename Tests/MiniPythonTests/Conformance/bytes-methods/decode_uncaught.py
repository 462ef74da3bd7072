payload = b"\x80abc"
text = payload.decode("utf-8")
