class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(1999)
print(f"{m}", f"{m!r}", f"{m!s}", "{}".format(m), "%s %r" % (m, m))
print(f"{m!s:>10}|", f"{[m]}")
print(str(m), repr(m), [m], {"k": m})
