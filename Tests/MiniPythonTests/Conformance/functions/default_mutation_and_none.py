def add_item(item, items=None):
    items = items if items is not None else []
    items.append(item)
    return items
print(add_item(1), add_item(2), add_item(3, [0]))
def f(a, b=[]):
    b.append(a)
    return len(b)
print(f(1), f(1), f(1, []))
