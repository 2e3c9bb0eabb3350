import re
def classify(s):
    match s:
        case str() if re.fullmatch(r"\d+", s):
            return ("int", int(s))
        case str() if re.fullmatch(r"\d+\.\d*", s):
            return ("float", float(s))
        case "true" | "false":
            return ("bool", s == "true")
        case _:
            return ("str", s)
print([classify(s) for s in ["12", "3.5", "true", "x", "4."]])
x = 5
match x:
    case 1 | 2:
        print("small")
    case 5:
        print("five")
match (1, 2):
    case (a, b) if a > b:
        print("desc")
    case (a, b):
        print("asc", a, b)
