matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([n for row in matrix for n in row])
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix if row[0] > 1 for n in row if n % 2])
