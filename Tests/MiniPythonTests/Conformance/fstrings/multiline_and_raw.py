a = 1
b = 2
s = f"""sum:
{a + b}"""
print(s)
print(rf"\n{a}", fr"{b}\t")
print(f"{a}" f"{b}" "c")
print(f"{'\n'.join(['x', 'y'])}")
