try:
    value = input()
    print("read", value)
except EOFError as e:
    print(type(e).__name__, e)
