values = [
    1,
    2,  # comment inside
    3,
]
result = (1 +
          2 +
          3)
d = {
    "a": 1,
    "b": 2
}
print(values, result, d)
print(max(1,
          5,
          3))
