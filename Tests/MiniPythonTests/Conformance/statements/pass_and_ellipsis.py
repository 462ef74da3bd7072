def todo():
    pass
def todo2():
    ...
class Empty:
    pass
print(todo(), todo2(), type(Empty()).__name__)
if True:
    pass
print("done")
