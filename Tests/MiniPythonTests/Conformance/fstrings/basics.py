name = "World"
n = 42
print(f"Hello, {name}!", f"{n + 1}", f"{'nested'}", F"{n}")
print(f"{name!r} {name!s} {n!r}")
print(f"{{literal braces}} {{{n}}}")
items = [1, 2]
d = {"k": "v"}
print(f"{items[0]} {d['k']} {len(items)} {items}")
print(f"{'yes' if n > 10 else 'no'}")
