import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def name(c):
    match c:
        case Color.RED:
            return "r"
        case Color.GREEN:
            return "g"
print(name(Color.RED), name(Color.GREEN), name(3))
def shape(x):
    match x:
        case (a, b, c):
            return "triple"
        case {"k": [1, *_]}:
            return "dict-list"
        case str() | bytes():
            return "text"
        case {}:
            return "any dict"
    return "nothing"
print(shape((1, 2, 3)), shape({"k": [1, 2]}), shape(b"x"), shape({"z": 1}), shape(5), shape("abc"))
