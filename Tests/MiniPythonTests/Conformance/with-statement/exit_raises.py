class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("from exit")
try:
    with Bad():
        print("body")
except RuntimeError as e:
    print("caught", e)
