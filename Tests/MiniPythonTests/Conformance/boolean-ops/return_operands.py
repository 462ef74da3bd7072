print(1 and 2, 0 and 2, "" or "default", "x" or "y", None or 0, [] and 1)
print(not 0, not "a", not [], not None, not not 5)
print(0 or "" or None, 1 and "a" and [1])
name = None
print(name or "anonymous")
