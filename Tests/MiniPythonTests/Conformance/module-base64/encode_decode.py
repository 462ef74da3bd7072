import base64
print(base64.b64encode(b"hello world"), base64.b64encode(b""), base64.b64encode(b"a"), base64.b64encode(b"ab"))
print(base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode(b"YQ=="), base64.b64decode("YWI="))
data = bytes(range(250, 256)) + b"??>>"
print(base64.b64encode(data), base64.urlsafe_b64encode(data))
print(base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data, base64.b64decode(base64.b64encode(data)) == data)
print(base64.b64encode("café".encode()).decode(), base64.b64decode("Y2Fmw6k=").decode())
