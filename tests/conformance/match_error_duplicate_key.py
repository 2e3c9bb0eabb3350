# Value patterns that turn out equal are caught at run time
import math
match {math.pi: 1, "other": 2}:
    case {"missing": _, math.pi: a}:
        print("not reached")
    case {math.pi: a, 3.141592653589793: b}:
        print(a, b)
