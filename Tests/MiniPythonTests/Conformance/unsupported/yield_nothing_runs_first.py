print("module code must not run")
def gen():
    print("nor this")
    yield "x"
