class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(404, f"{what} not found")
try:
    raise NotFound("user 7")
except AppError as e:
    print(e, e.code, repr(e), isinstance(e, Exception), e.args)
raise NotFound("page")
