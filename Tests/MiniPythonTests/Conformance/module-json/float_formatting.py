import json
print(json.dumps([0.1, 1e16, 1e-7, 3.0, 2.5e-5, 123456789.123, 1/3, -0.0]))
print(json.loads("[1.0, 1e2, 0.5E-1, 10e0]"))
