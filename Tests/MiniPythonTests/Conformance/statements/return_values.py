def nothing():
    return
def implicit():
    x = 1
def pair():
    return 1, 2
def early(x):
    if x:
        return "early"
    return "late"
print(nothing(), implicit(), pair(), early(1), early(0))
