width = 10
prec = 3
value = 3.14159265
print(f"[{value:{width}.{prec}f}]")
print(f"[{'mid':^{width}}]")
data = {"a": [1, {"b": "deep"}]}
print(f"{data['a'][1]['b'].upper()}")
print(f"{', '.join(f'<{c}>' for c in 'abc')}")
print(f"{(lambda q: q * 2)(4)}")
print(f"{'quote' + "s"}")
