def show(fn):
    try:
        fn()
    except TypeError as e:
        print(e)
def set_str():
    s = "abc"
    s[0] = "z"
def set_tuple():
    t = (1, 2)
    t[0] = 5
def del_tuple():
    t = (1, 2)
    del t[0]
def set_bytes():
    b = b"ab"
    b[0] = 1
show(set_str)
show(set_tuple)
show(del_tuple)
show(set_bytes)
