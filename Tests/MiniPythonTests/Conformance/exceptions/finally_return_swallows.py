def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally returned"
print(swallow())
def else_error():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise KeyError("from else")
try:
    else_error()
except KeyError as e:
    print("caught", e)
