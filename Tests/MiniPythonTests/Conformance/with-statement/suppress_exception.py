class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressed", exc_type.__name__)
            return True
        return False
with Suppress(KeyError):
    {}["x"]
    print("not reached")
print("after suppress")
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)
