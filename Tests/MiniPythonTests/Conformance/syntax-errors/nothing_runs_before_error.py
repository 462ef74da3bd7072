print("this line never runs")
x = 1
if x == 1
    print("neither does this")
