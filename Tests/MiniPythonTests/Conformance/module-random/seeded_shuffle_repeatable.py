import random
def run(seed):
    random.seed(seed)
    deck = list(range(10))
    random.shuffle(deck)
    return deck, random.randint(1, 6), random.choice("abcdef"), round(random.uniform(0, 1), 6)
print(run(99))
print(run(99) == run(99))
print(run(100))
random.seed(5)
print([round(random.random(), 4) for _ in range(5)])
print(random.sample(["a", "b", "c", "d"], 4), random.sample(range(1000), 3))
