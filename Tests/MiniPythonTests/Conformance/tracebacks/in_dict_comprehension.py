rows = [("a", "1"), ("b", "x")]
parsed = {
    key: float(value)
    for key, value in rows
}
