values = [1, 2, 10J]
