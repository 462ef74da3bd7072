import random
random.seed(7)
items = ["a", "b", "c", "d", "e"]
print(random.choice(items), random.choice(items), random.choice("xyz"))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), random.sample(items, 2))
print(random.randint(0, 0), random.choice([42]))
