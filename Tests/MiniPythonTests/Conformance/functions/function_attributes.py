def documented(a, b=2):
    """Adds things."""
    return a + b
print(documented.__name__, documented.__doc__)
def nodoc():
    pass
print(nodoc.__doc__)
documented.custom = "attr"
print(documented.custom, callable(documented))
