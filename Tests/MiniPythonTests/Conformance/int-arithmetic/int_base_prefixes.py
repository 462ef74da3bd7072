print(int(" 0x1F ", 16), int("0o17", 8), int("0b11", 2), int("-0x10", 0), int("1_000", 0), int("Z", 36))
for text, base in [("0x1G", 16), ("08", 0), ("2", 2), ("", 16), ("1", 1)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print(e)
