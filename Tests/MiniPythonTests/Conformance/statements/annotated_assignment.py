x: int = 5
y: "anything goes" = "text"
z: list[int]
count: int = 0
count += 1
print(x, y, count)
try:
    print(z)
except NameError as e:
    print(e)
def f():
    local: undefined_name_is_never_evaluated = 3
    return local
print(f())
class C:
    attr: int = 7
    other: str
print(C.attr, hasattr(C, "other"))
