x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
def nested():
    y = "enclosing"
    def inner():
        return y
    y = "rebound"
    return inner()
print(read(), shadow(), x, nested())
if True:
    block_var = "no block scope"
print(block_var)
for loop_var in range(3):
    pass
print(loop_var)
