class Tag:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Tag) and self.name.lower() == other.name.lower()
    def __repr__(self):
        return f"Tag({self.name})"
tags = [Tag("A"), Tag("b"), Tag("a")]
print(tags.count(Tag("a")), tags.index(Tag("B")), Tag("x") in tags)
tags.remove(Tag("a"))
print(tags)
