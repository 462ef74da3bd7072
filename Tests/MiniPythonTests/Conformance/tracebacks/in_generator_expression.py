prices = {"a": 1.5, "b": 2.0}
cart = ["a", "b", "c"]
print(sum(prices[item] for item in cart))
