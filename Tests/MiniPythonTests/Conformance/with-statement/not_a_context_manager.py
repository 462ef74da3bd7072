class NoEnter:
    pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
