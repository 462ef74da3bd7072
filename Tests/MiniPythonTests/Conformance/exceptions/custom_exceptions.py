class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, resource, key):
        super().__init__(f"{resource} {key!r} not found")
        self.resource = resource
        self.key = key
class Invalid(AppError, ValueError):
    pass
try:
    raise NotFound("user", 7)
except AppError as e:
    print(type(e).__name__, e, e.args, e.resource, e.key)
try:
    raise Invalid("bad")
except ValueError as e:
    print("caught as ValueError:", e, [c.__name__ for c in type(e).__mro__])
