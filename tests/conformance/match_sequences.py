# Sequence patterns: list, tuple and range subjects; never str, bytes, dict, set or iterators
def seq(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return ("one", x)
        case [x, y]:
            return ("two", x, y)
        case [x, *rest, y] if len(rest) > 2:
            return ("long", x, rest, y)
        case (x, *rest):
            return ("head", x, rest)
        case _:
            return "not a sequence"

for v in [[], (), [1], (1,), [1, 2], (1, 2), range(2), [1, 2, 3], (1, 2, 3, 4, 5, 6),
          range(10), "ab", "", b"ab", b"", {1: 2}, {1, 2}, frozenset(), iter([1, 2]),
          (x for x in [1]), 12, None, [[1, 2]]]:
    print(type(v).__name__, seq(v))

match [1, 2, 3, 4, 5]:
    case [*head, 4, 5]:
        print("head", head)

match (1, 2, 3):
    case [1, *_, 3]:
        print("ends 1..3")

match [0, 1, 2, 3, 4]:
    case [a, b, *_, c]:
        print(a, b, c)

match range(5, 10):
    case [5, *middle, 9]:
        print("range middle", middle)

match [1, (2, 3), [4, [5]]]:
    case [1, (2, c), [d, [e]]]:
        print(c, d, e)

match ["go", "north"]:
    case ["go", ("north" | "south") as direction]:
        print("going", direction)

match (1, 2):
    case [*all_items]:
        print(all_items, type(all_items).__name__)

match []:
    case [*nothing]:
        print(nothing)

match "abc":
    case [*chars]:
        print("str as sequence?", chars)
    case str(text):
        print("str", text)
