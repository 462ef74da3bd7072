# a full-line comment
x = 1  # trailing comment
# print("not run")
print(x)  # prints 1
s = "# not a comment"
print(s)
