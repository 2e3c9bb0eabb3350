class AppError(Exception):
    pass

class NotFound(AppError, KeyError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key

class Fancy(ValueError):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"

try:
    raise NotFound("k")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args, repr(e), isinstance(e, KeyError))
try:
    raise Fancy(3, "bad")
except ValueError as e:
    print(e, e.code, e.args, repr(e))
try:
    raise AppError
except Exception as e:
    print(repr(e), e.args, str(e) == "")
try:
    try:
        raise AppError("inner")
    except AppError as e:
        raise Fancy(1, "outer") from e
except Fancy as e:
    print(e, repr(e.__cause__))
print(issubclass(NotFound, LookupError), NotFound.__mro__[1:3])
e = AppError(1, 2)
e.extra = "x"
print(e.args, e.extra, e)
raise Fancy(7, "final")
