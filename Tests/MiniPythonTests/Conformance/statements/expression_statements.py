1 + 1
"docstring-like"
[1, 2]
print("only print produces output")
None
len("abc")
