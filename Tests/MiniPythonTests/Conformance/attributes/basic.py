class Box:
    size = 1
b = Box()
b.color = "red"
print(b.color, b.size, Box.size)
b.size = 5
print(b.size, Box.size)
del b.size
print(b.size)
print(hasattr(b, "color"), getattr(b, "weight", "none"))
