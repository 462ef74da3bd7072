*rest = [1, 2]
