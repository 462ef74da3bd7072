import random
random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 10) for _ in range(10)])
random.seed(42)
print(random.random())
print(random.uniform(1, 2), random.uniform(10, 5))
