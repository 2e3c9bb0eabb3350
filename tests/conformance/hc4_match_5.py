import math
HTTP_OK = 200
class Codes:
    NOT_FOUND = 404
def status(code):
    match code:
        case 200 | 201:
            return "ok"
        case Codes.NOT_FOUND:
            return "not found"
        case int(c) if 500 <= c < 600:
            return "server"
        case x:
            return f"other {x}"

print([status(c) for c in (200, 201, 404, 503, 302)])
match (1, "a", 3.0):
    case (int() as a, str() as b, float() as c):
        print(a, b, c)
match "hello":
    case "hi" | "hello" as greeting:
        print("greeting", greeting)
