class Point:
    def __init__(self):
        self.x = 1
p = Point()
def show(fn):
    try:
        fn()
    except AttributeError as e:
        print(e)
show(lambda: p.y)
show(lambda: {}.name)
show(lambda: [].push(1))
show(lambda: "s".lenght)
show(lambda: None.value)
show(lambda: (5).real.foo)
show(lambda: Point.z)
