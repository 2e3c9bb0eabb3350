# Literal patterns: numbers compare with ==, None/True/False with `is`
def kind(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus half"
        case "abc":
            return "abc"
        case "con" "cat":
            return "concat"
        case b"raw":
            return "bytes raw"
        case 10_000:
            return "ten thousand"
        case 0x1F:
            return "thirty-one"
        case _:
            return "other"

for v in [None, True, False, 0, 0.0, -1, -1.0, 1, 1.0, 2.5, -0.5, "abc", "concat", b"raw",
          "raw", 10000, 31, 31.0, [], "", b""]:
    print(repr(v), kind(v))

# 1 == True, but the True pattern wants the object True itself
match 1:
    case True:
        print("1 is True?")
    case 1:
        print("1 matched 1")
match True:
    case 1:
        print("True matched 1")
match 0:
    case False:
        print("0 is False?")
    case _:
        print("0 is not False")
