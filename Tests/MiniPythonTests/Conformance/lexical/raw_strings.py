print(r"a\nb", len(r"a\nb"))
print(R'C:\path\to', repr(r'\d+\.\w'))
print(rb"\x00", repr(Rb'\n'))
print(r"quote \" kept")
