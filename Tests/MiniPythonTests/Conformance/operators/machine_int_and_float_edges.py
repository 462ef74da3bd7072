# Int and float arithmetic at the edges of machine ints: overflow into big ints, signs of // and %, shifts,
# true division, mixed int/float, in plain expressions, augmented assignments and subscript targets.
big = 2**62
vals = [0, 1, -1, 7, -7, 3, -3, big, -big, 2**63 - 1, -2**63, 2**53, 2**53 + 1, -(2**53) - 1]
for a in vals:
    row = []
    for b in [1, -1, 2, -2, 3, -3, 7, 2**53 + 1]:
        row.append((a + b, a - b, a * b, a // b, a % b, a & b, a | b, a ^ b))
    print(a, row[:3])
    print(a, [(a // b, a % b) for b in [1, -1, 3, -3, 2**53 + 1]], a / 3 if -2**53 <= a <= 2**53 else "big")
print((2**63 - 1) + 1, -2**63 - 1, (2**62) * 4, -(2**63) // -1, -(2**63) % -1, (-2**63) * -1)
print([1 << n for n in (0, 1, 61, 62, 63, 64, 100)], [-1 << n for n in (62, 63, 64)])
print([(2**63 - 1) >> n for n in (0, 1, 62, 63, 64, 1000)], [-5 >> n for n in (0, 1, 2, 63, 64, 1000)])
print(3 << 61, 3 << 62, (2**62) << 1)
print(1 / 3, -1 / 3, 2**53 / 3, -2**53 / 7, 2**53 / -(2**53), 10 / 5, 0 / -5, -0 / 5)
print(0.1 + 2, 2 - 0.1, 3 * 0.1, 0.1 * 3, 1 / 0.1, 7 / 2.0, 2**60 + 0.5, 0.5 - 2**63, 2**53 + 1.0)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308 - 1e308, float("inf") - float("inf"))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (5, 0)]:
    for op, fn in (("/", lambda x, y: x / y), ("//", lambda x, y: x // y), ("%", lambda x, y: x % y)):
        try:
            print(fn(a, b))
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError:", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
x = 2**62
x += x
print(x)
x = -2**63
x -= 1
print(x)
x = 7
x //= -2
print(x)
x %= -3
print(x)
x = 3
x *= 2**61
print(x)
x <<= 2
print(x)
x = 0.5
x += 1
print(x)
x -= 2**53
print(x)
x /= 4
print(x)
lst = [2**62, 5, 1.5]
lst[0] += 2**62
lst[1] %= -3
lst[2] *= 2
print(lst)
d = {"n": -7}
d["n"] //= 2
d["n"] ^= 5
print(d)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1.0, nan >= nan, 1.0 <= 1.0, -0.0 == 0.0, 0.0 < -0.0)
print("abc" < "abd", "é" > "z", "a" <= "a", "b" >= "ab", "x" != "x", "" < "a", "\U0001F600" > "\uffff")
print(2**63 > 2**63 - 1, -2**63 < -2**63 + 1, 1 < 1.5, 2.5 > 2, 3 == 3.0, 10**20 > 1e19)
