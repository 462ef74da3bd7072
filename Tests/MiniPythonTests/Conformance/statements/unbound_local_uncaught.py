total = 0
def add(n):
    total = total + n
    return total
add(5)
