try:
    print(1 in "abc")
except TypeError as e:
    print(e)
try:
    print("a" in 5)
except TypeError as e:
    print(e)
try:
    print([1] in {1: 2})
except TypeError as e:
    print(e)
