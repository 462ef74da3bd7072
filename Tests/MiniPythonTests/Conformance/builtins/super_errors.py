def not_a_method():
    return super().__init__()
try:
    not_a_method()
except RuntimeError as e:
    print(type(e).__name__, e)
class A:
    def m(self):
        return super().missing()
try:
    A().m()
except AttributeError as e:
    print(type(e).__name__, e)
