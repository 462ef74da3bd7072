def f(x):
	if x:
		return "tab-indented"
	return "falsy"
print(f(1), f(0))
