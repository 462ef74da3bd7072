s = "hello WORLD, it's 3pm"
print(s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize())
print("ÉCOLE".lower(), "straße".upper(), "o'neil mc-d".title(), "".capitalize(), "1abc".capitalize())
