values = ["1", "2", "three"]
numbers = [int(v) for v in values]
