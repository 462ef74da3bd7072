data = {"name": "Bo", "n": 3}
print("%(name)s has %(n)d items" % data)
print("%(n)05.1f" % data)
print("%s" % (1,), "%s" % ((1, 2),))
