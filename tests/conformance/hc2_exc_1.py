# custom exception hierarchy
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing: {key}")
        self.key = key
class Invalid(AppError):
    pass
for exc in (NotFound("u1"), Invalid("bad", 42), AppError()):
    try:
        raise exc
    except NotFound as e:
        print("nf", e, e.key, e.args)
    except AppError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
raise NotFound("final")
