from functools import lru_cache
calls = 0
@lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), calls)
print(fib(80), calls)
@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
sq(1); sq(2); sq(1); sq(3); sq(2)
print(sq.cache_info())
sq.cache_clear()
sq(1)
