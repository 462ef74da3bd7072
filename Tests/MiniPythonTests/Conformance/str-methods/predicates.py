for s in ["123", "12.5", "abc", "abc1", "", " \t\n", "ÄÖ", "²", "a b", "ABC"]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace())
