def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper
def exclaim(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs) + "!"
    return wrapper
@shout
@exclaim
def greet(name):
    return "hello " + name
print(greet("ann"))
print(greet.__name__)
