print("first line")
print("second", "line", sep="-", end="")
