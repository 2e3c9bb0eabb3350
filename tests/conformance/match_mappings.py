# Mapping patterns: keys must be present, extra keys are fine, **rest collects the others
def m(d):
    match d:
        case {"type": "point", "x": x, "y": y}:
            return ("point", x, y)
        case {"type": "circle", **rest}:
            return ("circle", rest)
        case {1: one, -2: minus_two}:
            return ("ints", one, minus_two)
        case {True: t}:
            return ("true key", t)
        case {}:
            return ("some mapping", len(d))
        case _:
            return "not a mapping"

for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "point", "x": 1},
          {"type": "circle", "r": 5, "c": (0, 0)}, {"type": "circle"}, {1: "a", -2: "b"},
          {1: "only one"}, {}, [("type", "point")], "type", None, {None: None}]:
    print(m(v))

# a missing key is no match, and the subject is not changed
d = {"a": 1}
match d:
    case {"b": _}:
        print("b?")
    case {"a": 1, **others}:
        print("others", others, others is d)
print(d)

# rest keeps the subject's order without the matched keys
match {"c": 3, "a": 1, "b": 2, "d": 4}:
    case {"b": b, "d": _, **rest}:
        print(b, rest, list(rest))

match {"k": [1, {"inner": (2, 3)}]}:
    case {"k": [1, {"inner": (two, three)}]}:
        print(two, three)

import math
match {math.pi: "pi"}:
    case {math.pi: name}:
        print(name)

match {1: "x"}:
    case {1.0: v}:
        print("1.0 finds 1:", v)

match {"x": None}:
    case {"x": None, **rest}:
        print("rest", rest)
