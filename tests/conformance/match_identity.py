# Value patterns use ==, literal singletons use `is`; nan never equals itself
import math
def v(x):
    match x:
        case math.inf:
            return "inf"
        case math.nan:
            return "nan?"
        case math.pi:
            return "pi"
        case 1:
            return "one"
        case _:
            return "other"

for x in [math.inf, float("inf"), math.nan, math.pi, 1, 1.0, True, 2]:
    print(x, v(x))

match math.nan:
    case float(f) if f != f:
        print("nan caught by a guard")

match {"x": 1, "y": 2}:
    case {"x": 1, "z": _, **rest}:
        print("z?")
    case {"y": 2, **rest}:
        print("rest", rest)

match {"other": 1, "x": 2}:
    case {math.pi: _, 3.141592653589793: _}:
        print("pi twice?")
    case {"x": x}:
        print("a missing key ends the lookup before a duplicate is seen", x)

matched = None
match [1, 2, 3]:
    case [1, *others] if (matched := others):
        pass
matched
