for i in range(3):
    if i == 10:
        break
else:
    print("no break, i =", i)
for c in "abc":
    if c == "b":
        print("found b")
        break
else:
    print("not printed")
for x in []:
    print("never")
else:
    print("empty for runs else")
