handlers = {"double": lambda x: x * 2, "inverse": lambda x: 1 / x}
print(handlers["double"](4))
print(handlers["inverse"](0))
