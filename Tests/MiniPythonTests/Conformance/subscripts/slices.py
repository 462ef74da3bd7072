s = "abcdefgh"
print(s[1:4], s[:3], s[5:], s[:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[-2:1:-2])
l = list(range(10))
print(l[2:8:3], l[8:2:-2], l[100:], l[-100:2], l[5:2], l[::-3])
print((1, 2, 3, 4)[1:3], b"hello"[1:3], range(10)[2:8:2])
print(s[1:-1:2], s[slice(2, 5)], s[slice(None, None, -2)])
