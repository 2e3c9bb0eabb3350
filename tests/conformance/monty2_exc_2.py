# exception hierarchy and except ordering
class AppError(Exception):
    pass

class NotFound(AppError):
    code = 404

class Forbidden(AppError):
    code = 403

def check(kind):
    try:
        if kind == "nf":
            raise NotFound("no such page")
        if kind == "fb":
            raise Forbidden()
        if kind == "other":
            raise AppError("generic")
        return "ok"
    except NotFound as e:
        return f"{e.code} {e}"
    except AppError as e:
        return f"{getattr(e, 'code', 500)} {type(e).__name__} {e.args}"

assert check("nf") == "404 no such page"
assert check("fb") == "403 Forbidden ()"
assert check("other") == "500 AppError ('generic',)"
assert check("x") == "ok"
assert issubclass(NotFound, Exception) and not issubclass(NotFound, Forbidden)
print(check("fb"))
raise Forbidden("admins only")
