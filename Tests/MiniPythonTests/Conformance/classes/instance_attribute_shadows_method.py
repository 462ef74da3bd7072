class C:
    def name(self):
        return "method"
c = C()
print(c.name())
c.name = "attribute"
print(c.name, C().name())
