class Managed:
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__, exc, tb is not None)
try:
    with Managed() as v:
        print("got", v)
        raise ValueError("inside with")
except ValueError as e:
    print("caught outside", e)
