class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key
try:
    raise NotFound("user")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args)
print(issubclass(NotFound, Exception), isinstance(NotFound("x"), AppError))
e = ValueError("a", 1)
print(e, repr(e), e.args, str(ValueError()), repr(ValueError()))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
