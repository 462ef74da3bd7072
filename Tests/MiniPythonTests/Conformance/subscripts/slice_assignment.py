l = [0, 1, 2, 3, 4, 5]
l[1:3] = ["a", "b", "c"]
print(l)
l[:2] = []
print(l)
l[len(l):] = [9, 9]
print(l)
l[::2] = [7, 7, 7, 7]
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(e)
l[2:2] = "xy"
print(l)
