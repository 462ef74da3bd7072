print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{:>6.2f}|{:<4}|{:^7}".format(3.14159, "ab", "mid"))
print("{0!r:>8}".format("q"), "{:,}".format(1234567.891))
