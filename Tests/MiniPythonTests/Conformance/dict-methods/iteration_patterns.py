prices = {"apple": 1.25, "pear": 0.5, "fig": 2.0}
for name in prices:
    print(name, end=" ")
print()
for name, price in prices.items():
    print(f"{name}={price}", end=";")
print()
print(sorted(prices, key=prices.get), max(prices, key=lambda k: prices[k]))
print({v: k for k, v in prices.items()})
print(sum(prices.values()))
