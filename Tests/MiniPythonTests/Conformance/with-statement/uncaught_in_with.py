class Managed:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit runs first")
with Managed():
    raise KeyError("body failed")
