import math
def show(fn):
    try:
        print(fn())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
show(lambda: math.sqrt(-1))
show(lambda: math.log(0))
show(lambda: math.log(-1))
show(lambda: math.factorial(-1))
show(lambda: math.factorial(2.5))
show(lambda: math.exp(1000))
show(lambda: math.sqrt("4"))
show(lambda: math.floor(float("inf")))
show(lambda: math.pow(10, 400))
