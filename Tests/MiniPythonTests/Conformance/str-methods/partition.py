print("key=value=more".partition("="), "novalue".partition("="))
print("a.b.c".rpartition("."), "abc".rpartition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print(e)
