# for over an ASCII str and a non-ASCII one (break, continue, else), augmented assignment to list items
# (including when the right-hand side shrinks the list), and str concatenation.
out = []
for ch in "ab,cd":
    if ch == ",":
        continue
    out.append(ch.upper())
else:
    out.append("else")
for ch in "héllo😀":
    out.append(ch)
    if ch == "😀":
        break
for a, ch in enumerate("xyz"):
    out.append(ch * (a + 1))
for ch in "":
    out.append("never")
print(out)
def first_digit(s):
    for ch in s:
        if ch.isdigit():
            return ch
    return None
print(first_digit("abc7d9"), first_digit("none"))
nums = [1, 2, 3]
nums[0] += 10
nums[-1] *= 2
nums[1] -= 0.5
print(nums)
nums = [5, 6, 7]
try:
    nums[2] += nums.pop()
except IndexError as e:
    print("IndexError:", e, nums)
nums = [5, 6, 7]
nums[0] += nums.pop()
print(nums)
words = ["a", "b"]
words[0] += "c"
words[1] += words[0]
print(words)
try:
    nums[5] += 1
except IndexError as e:
    print("IndexError:", e)
s = ""
for i in range(5):
    s = s + str(i) + "é"[:i % 2]
print(s, s + "", "" + s, len(s))
t = "x"
t += "y"
t += ""
print(t)
