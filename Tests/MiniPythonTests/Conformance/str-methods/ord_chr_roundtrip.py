print(ord("A"), ord("é"), ord("😀"), chr(65), chr(233), chr(128512), chr(0x2603))
print("".join(chr(ord(c) + 1) for c in "HAL"))
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    chr(0x110000)
except ValueError as e:
    print(e)
