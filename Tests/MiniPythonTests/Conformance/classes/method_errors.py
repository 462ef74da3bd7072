class C:
    def m(self):
        return 1
def show(fn):
    try:
        print(fn())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
show(lambda: C.m())
show(lambda: C().m(1))
show(lambda: C().missing())
show(lambda: C(1))
class NoInit:
    pass
show(lambda: NoInit(1, 2))
