import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def encode(obj):
    if isinstance(obj, Point):
        return {"x": obj.x, "y": obj.y}
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")
print(json.dumps({"p": Point(1, 2), "s": {3, 1}}, default=encode))
print(json.dumps([Point(0, 0)], default=lambda o: o.__dict__))
print(json.dumps({"v": object()}, default=str).startswith('{"v": "<object object at'))
