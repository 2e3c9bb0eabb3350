# value patterns with dotted names and constants class
class Status:
    OK = 200
    NOT_FOUND = 404
    ERROR = 500

def text(code):
    match code:
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND:
            return "not found"
        case Status.ERROR | 503:
            return "server"
        case c if 400 <= c < 500:
            return "client"
        case _:
            return "?"

assert [text(c) for c in [200, 404, 500, 503, 418, 302]] == ["ok", "not found", "server", "server", "client", "?"]
print(text(418))
