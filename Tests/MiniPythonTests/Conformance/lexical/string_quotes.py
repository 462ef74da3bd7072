print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
s = """line one
line two"""
print(repr(s))
print('adjacent' " literals" ''' join''')
print(len(''), repr(""))
