def kind(v):
    match v:
        case 0j:
            return "zero"
        case 1 + 2j:
            return "one plus two j"
        case -1 - 1j:
            return "minus one minus j"
        case 3j | -3j:
            return "three j"
        case complex(real=r, imag=0.0):
            return f"real {r}"
        case complex():
            return "some complex"
        case _:
            return "not complex"
for v in [0j, 0, 0.0, 1 + 2j, complex(1, 2), -1 - 1j, 3j, -3j, 5 + 0j, 2 + 1j, 7, "x"]:
    print(repr(v), kind(v))
match 1 + 0j:
    case 1:
        print("equal to the int pattern")
