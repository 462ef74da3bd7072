z = 1j
print(z)
