from functools import reduce, partial
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [1, 2, 3], 10), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), two_to(10), square.func is power, square.keywords, two_to.args)
int_base2 = partial(int, base=2)
print(int_base2("1010"))
