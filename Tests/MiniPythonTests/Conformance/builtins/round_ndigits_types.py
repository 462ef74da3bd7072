print(round(3.14159, 3), round(-2.5), round(2.5, None), round(10, 1), type(round(10, 1)).__name__)
print(round(1e300, -299), round(5e-324, 400), round(123456789, -4), round(0.5 + 1e-16))
print([round(x / 2) for x in range(-5, 6)])
