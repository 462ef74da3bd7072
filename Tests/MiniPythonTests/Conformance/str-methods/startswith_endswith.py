name = "report-2024.csv"
print(name.startswith("report"), name.endswith(".csv"), name.endswith((".txt", ".csv")))
print(name.startswith("2024", 7), name.startswith(""), "".endswith(""), name.endswith("report", 0, 6))
try:
    name.startswith(["r"])
except TypeError as e:
    print(e)
