try:
    print(undefined_thing)
except NameError as e:
    print(type(e).__name__, e)
def f():
    return missing_global
try:
    f()
except NameError as e:
    print(e)
