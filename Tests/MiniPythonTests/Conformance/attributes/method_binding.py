class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, greeting="Hello"):
        return greeting + ", " + self.name
g = Greeter("Ann")
bound = g.greet
print(bound(), bound("Hi"), Greeter.greet(g, "Hey"))
ops = "a-b-c".split
print(ops("-"))
append = [].append
print(append(1))
