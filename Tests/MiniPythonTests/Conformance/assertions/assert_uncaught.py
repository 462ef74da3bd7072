def check(total):
    assert total >= 0, "total must not be negative"
    return total
print(check(5))
check(-1)
