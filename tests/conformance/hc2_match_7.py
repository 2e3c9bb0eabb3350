# match with value patterns (dotted names) and guards
class Codes:
    OK = 200
    NOT_FOUND = 404
def status(code):
    match code:
        case Codes.OK:
            return "ok"
        case Codes.NOT_FOUND:
            return "not found"
        case c if 500 <= c < 600:
            return "server error"
        case _:
            return "other"
print([status(c) for c in (200, 404, 503, 302)])
