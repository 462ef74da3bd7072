print(17 % 5, -17 % 5, 17 % -5, 5.5 % 2)
print("%d items" % 3)
try:
    print("no placeholders" % 3)
except TypeError as e:
    print(e)
