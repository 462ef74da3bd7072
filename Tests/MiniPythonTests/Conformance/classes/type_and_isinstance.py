class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, (int, A)), type(b) == A, type(b) is B)
print(issubclass(B, (str, A)), issubclass(bool, int), isinstance(True, int))
print(type(A).__name__, type(type).__name__, isinstance(A, type))
print(B.__name__, b.__class__.__name__, A.__bases__[0].__name__)
