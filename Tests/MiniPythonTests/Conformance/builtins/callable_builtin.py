class K:
    def __call__(self):
        return 1
def f():
    pass
print(callable(f), callable(len), callable(K), callable(K()), callable(1), callable("s"), callable(None), callable(str.upper))
