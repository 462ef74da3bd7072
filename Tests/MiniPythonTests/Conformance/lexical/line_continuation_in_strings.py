s = "abc\
def"
t = ("implicit "
     "concatenation "
     'across lines')
print(s, t)
u = [
    1,  # one
    # a comment line inside brackets
    2,
]
print(u)
