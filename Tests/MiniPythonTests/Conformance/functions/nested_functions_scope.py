def outer():
    a = 1
    def middle():
        b = 2
        def inner():
            return a + b
        return inner()
    return middle()
print(outer())
def make():
    items = []
    def add(x):
        items.append(x)
    def get():
        return list(items)
    return add, get
add, get = make()
add(1); add(2)
print(get())
