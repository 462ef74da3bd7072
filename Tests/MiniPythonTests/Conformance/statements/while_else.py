n = 0
while n < 3:
    n += 1
else:
    print("loop ended normally", n)
while True:
    n += 1
    if n > 5:
        break
else:
    print("not printed")
print("after break", n)
while False:
    pass
else:
    print("empty while runs else")
