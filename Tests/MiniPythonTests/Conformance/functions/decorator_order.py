def trace(label):
    print("making", label)
    def decorate(fn):
        print("applying", label)
        return fn
    return decorate
@trace("outer")
@trace("inner")
def f():
    return "called"
print(f())
