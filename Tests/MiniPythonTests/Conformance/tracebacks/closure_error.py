def make_divider(d):
    def divide(x):
        return x / d
    return divide
half = make_divider(2)
none = make_divider(0)
print(half(9))
print(none(9))
