# exception class hierarchy with match on exception attributes
class ApiError(Exception):
    def __init__(self, status, detail=""):
        super().__init__(status, detail)
        self.status = status
        self.detail = detail

def classify(err):
    match err:
        case ApiError(status=404):
            return "missing"
        case ApiError(status=s) if 500 <= s < 600:
            return "server"
        case ApiError(detail=d) if d:
            return "client: " + d
        case ValueError() | TypeError():
            return "bad input"
        case _:
            return "unknown"

errs = [ApiError(404), ApiError(503), ApiError(400, "bad field"), ValueError(), KeyError(), ApiError(401)]
assert [classify(e) for e in errs] == ["missing", "server", "client: bad field", "bad input", "unknown", "unknown"]
print([classify(e) for e in errs])
raise errs[2]
