count = 0
def broken():
    count += 1
    return count
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))
def later():
    print(value)
    value = 1
try:
    later()
except UnboundLocalError as e:
    print(e)
