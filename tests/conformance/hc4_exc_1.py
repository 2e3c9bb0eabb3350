class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

class NotFound(AppError):
    pass

try:
    raise NotFound(404, "missing thing")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, repr(e))
e = NotFound(1, "x")
assert isinstance(e, Exception) and issubclass(NotFound, AppError)
raise NotFound(500, "server")
