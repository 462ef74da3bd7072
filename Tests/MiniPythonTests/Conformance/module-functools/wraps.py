from functools import wraps
def logged(fn):
    @wraps(fn)
    def wrapper(*args):
        return fn(*args)
    return wrapper
@logged
def handler(event):
    """Handles events."""
    return event
print(handler.__name__, handler.__doc__, handler(1))
