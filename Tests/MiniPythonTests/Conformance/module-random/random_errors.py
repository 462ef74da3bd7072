import random
random.seed(1)
for fn in [lambda: random.choice([]), lambda: random.randint(5, 1), lambda: random.sample([1, 2], 3)]:
    try:
        fn()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
