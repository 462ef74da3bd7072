print("{} {}".format("a", "b"), "{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Al", age=5), "{0[0]} {1[k]}".format([7], {"k": "v"}))
print("{:>5}|{:<5}|{:^5}|".format(1, 2, 3), "{!r}".format("q"), "{{}}".format())
class P:
    x = 3
p = P()
print("{0.x}".format(p), "{:.2f}".format(2 / 3), "{:,}".format(10**6))
print("{0}{0}".format("ab"), "{:%}".format(0.5))
