print(format(3.14159, ".2f"), format(42, "05d"), format("hi", ">5"), format(255, "x"), format(1234567, ","))
print(format(0.5, "%"), format(1e6, "e"), format(7), format(True), format(None), format([1], ""))
print(repr(format(12.0, "")), repr(format("s")))
