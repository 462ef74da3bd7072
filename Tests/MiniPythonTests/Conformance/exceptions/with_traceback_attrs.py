try:
    raise ValueError("v")
except ValueError as e:
    print(e.__traceback__ is not None, e.__cause__, e.__context__)
    err = e
print(str(err), isinstance(err, BaseException))
