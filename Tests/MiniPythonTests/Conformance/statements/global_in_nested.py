total = 0
def outer():
    def inner():
        global total
        total += 10
    inner()
    return total
print(outer(), total)
def shadow():
    total = "local"
    def read():
        return total
    return read()
print(shadow(), total)
