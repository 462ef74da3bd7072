class Coded(Exception):
    def __init__(self, code, message):
        super().__init__(code, message)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
e = Coded(404, "missing")
print(str(e), repr(e), e.args)
class NoSuper(Exception):
    def __init__(self, value):
        self.value = value
n = NoSuper(5)
print(repr(str(n)), n.args, n.value)
