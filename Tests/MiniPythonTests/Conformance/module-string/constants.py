import string
print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(repr(string.whitespace), len(string.printable))
