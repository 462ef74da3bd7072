s = "hi"
n = 3.5
print(f"[{s!r:>8}] [{s!s:<5}] [{n!r:^9}] [{n!s}]")
print(f"[{'é'!r}] [{None!r}] [{[1, 'a']!r}] [{(1,)!s}]")
items = {"a": 1}
print(f"{items['a']:03d} {items!r} {len(items):>3}")
