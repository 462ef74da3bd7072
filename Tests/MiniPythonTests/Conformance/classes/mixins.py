class JsonMixin:
    def to_dict(self):
        return dict(vars(self))
class NamedMixin:
    def label(self):
        return "<" + self.name + ">"
class Item(JsonMixin, NamedMixin):
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
i = Item("pen", 3)
print(i.to_dict(), i.label(), Item.__bases__[0].__name__)
