words = ["pear", "fig", "banana"]
print(min(words), max(words), min(words, key=len), max(words, key=len), max([], key=len, default="none"))
print(max([3, 1, 3], key=lambda x: -x), min("bca"), max((1, "b"), (1, "a")))
print(max({"a": 3, "b": 5}.items(), key=lambda kv: kv[1]))
