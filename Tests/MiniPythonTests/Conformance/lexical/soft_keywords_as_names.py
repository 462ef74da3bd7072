match = 1
case = 2
_ = 3
print(match, case, _)
def match_all(match):
    return [match, case]
print(match_all("m"))
