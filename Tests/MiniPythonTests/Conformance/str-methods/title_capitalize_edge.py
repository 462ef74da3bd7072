print("hello world".title(), "HELLO".title(), "they're bill's".title(), "ab1cd".title())
print("hELLO".capitalize(), "ñandú".capitalize(), "ß".upper(), "ǅ".lower())
