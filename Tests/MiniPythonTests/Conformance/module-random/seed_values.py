import random
for seed in [0, 1, 123, 2**40, 2**100]:
    random.seed(seed)
    print(seed, round(random.random(), 12), random.randint(1, 1000))
