class Tracker:
    def __enter__(self):
        print("enter")
    def __exit__(self, *exc):
        print("exit")
def f():
    with Tracker():
        return "returned"
print(f())
for i in range(3):
    with Tracker():
        if i == 1:
            break
print("loop done", i)
