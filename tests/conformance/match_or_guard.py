# Or-patterns (alternatives bind the same names, possibly in another order) and guards
def o(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case [x, 0] | [0, x]:
            return ("one zero", x)
        case [x, y] | (y, x, "swap"):
            return ("xy", x, y)
        case {"a": a} | {"b": a}:
            return ("a or b", a)
        case (int() | float()) as number:
            return ("number", number)
        case _:
            return "nothing"

for v in [1, 3, [5, 0], [0, 6], [7, 8], (9, 10, "swap"), {"a": 1}, {"b": 2}, 4, 4.5, "x"]:
    print(o(v))

# nested or with captures beside it
match [1, "b", 3]:
    case [p, "a" | "b" as letter, q]:
        print(p, letter, q)

match (3, (4, 5)):
    case (a, (b, c) | [c, b]):
        print(a, b, c)

log = []
def check(label, result):
    log.append(label)
    return result

def g(v):
    match v:
        case [x, y] if check("first", x > y):
            return "desc"
        case [x, y] if check("second", x == y):
            return "equal"
        case [x, y]:
            return "asc"
        case n if check("fourth", n):
            return "truthy"
        case _ if check("fifth", True):
            return "default"

for v in [[2, 1], [1, 1], [1, 2], 5, 0]:
    print(g(v))
print(log)

# the guard sees the names; a failing guard moves on
match 10:
    case n if n < 5:
        print("small")
    case n if n < 50:
        print("medium", n)
