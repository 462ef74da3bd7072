def parse(s):
    if not s:
        raise ValueError("empty input")
    return s
parse("")
