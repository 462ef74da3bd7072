from collections import OrderedDict
od = OrderedDict()
od["z"] = 1
od["a"] = 2
od["m"] = 3
print(od, list(od.keys()))
od.move_to_end("z")
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
