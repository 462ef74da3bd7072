for i in range(2, 20):
    for d in range(2, i):
        if i % d == 0:
            break
    else:
        print(i, end=" ")
print()
