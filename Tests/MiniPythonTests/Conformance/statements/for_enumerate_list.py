# for i, x in enumerate(name): over lists (growing while looping, break, else), over other iterables, and with
# enumerate shadowed by a local function.
items = ["a", "b", "c"]
for i, x in enumerate(items):
    if i == 0:
        items.append("d")
    print(i, x, end="; ")
else:
    print("else", len(items))
for i, x in enumerate(items):
    if x == "c":
        break
print("broke at", i, x)
word = "hé!"
for i, ch in enumerate(word):
    print(i, ch, end=" ")
print()
pairs = ((1, 2), (3, 4))
for i, p in enumerate(pairs):
    print(i, p, end=" ")
print()
empty = []
for i, x in enumerate(empty):
    print("never")
else:
    print("empty else")
def shadowed():
    def enumerate(seq):
        return [("k", v) for v in seq]
    data = [1, 2]
    for i, x in enumerate(data):
        print(i, x, end=" ")
    print()
shadowed()
def unbound():
    try:
        for i, x in enumerate(later):
            pass
    except NameError as e:
        print("NameError:", e)
    later = [1]
unbound()
nested = [[1, 2], [3, 4]]
for i, (a, b) in enumerate(nested):
    print(i, a + b, end=" ")
print()
number = 5
try:
    for i, x in enumerate(number):
        pass
except TypeError as e:
    print("TypeError:", e)
