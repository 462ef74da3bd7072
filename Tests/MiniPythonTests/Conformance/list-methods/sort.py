nums = [3, 1, 4, 1, 5, 9, 2, 6]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(nums.sort())
