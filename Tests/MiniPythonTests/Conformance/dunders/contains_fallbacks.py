class WithIter:
    def __iter__(self):
        return iter([1, 2, 3])
class WithContains:
    def __contains__(self, x):
        return x == "yes"
print(2 in WithIter(), 5 in WithIter(), "yes" in WithContains(), "no" in WithContains(), "no" not in WithContains())
