def describe(name, age, city="Paris"):
    return f"{name} ({age}) from {city}"
print(describe("Ann", 30))
print(describe("Bob", age=25))
print(describe(city="Rome", age=40, name="Cy"))
print(describe("Di", 22, "Oslo"))
