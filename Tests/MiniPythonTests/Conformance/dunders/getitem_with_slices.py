class Seq:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, index):
        if isinstance(index, slice):
            return Seq(self.data[index])
        return self.data[index]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"Seq({self.data!r})"
s = Seq([0, 1, 2, 3, 4])
print(s[1], s[-1], s[1:3], s[::2], len(s[::2]), s[slice(1, None)])
print(list(s), 3 in s, 9 in s)
