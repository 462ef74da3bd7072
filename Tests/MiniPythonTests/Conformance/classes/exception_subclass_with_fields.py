class HttpError(Exception):
    status = 500
    def __init__(self, message, status=None):
        super().__init__(message)
        if status is not None:
            self.status = status
class NotFound(HttpError):
    status = 404
errors = [HttpError("boom"), NotFound("no user"), HttpError("teapot", 418)]
for e in errors:
    print(type(e).__name__, e.status, str(e), e.args, isinstance(e, HttpError))
try:
    raise NotFound("missing page")
except HttpError as e:
    print(f"{e.status}: {e}")
