def repeat(times):
    def decorate(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
def ping(x):
    return "ping " + str(x)
print(ping(1))
registry = {}
def register(name):
    def decorate(fn):
        registry[name] = fn
        return fn
    return decorate
@register("add")
def add(a, b):
    return a + b
print(registry["add"](2, 3), sorted(registry))
