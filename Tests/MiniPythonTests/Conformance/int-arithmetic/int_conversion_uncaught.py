body = {"count": "ten"}
n = int(body["count"])
print(n)
