def connect(host, *, port=80, secure):
    return host, port, secure
print(connect("h", secure=True), connect("h", port=443, secure=False))
try:
    connect("h", 443, True)
except TypeError as e:
    print(e)
try:
    connect("h")
except TypeError as e:
    print(e)
