from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
def where(obj):
    match obj:
        case str(x) | bytes(x):
            return f"text {x!r}"
        case [int(), *rest] if all(isinstance(r, int) for r in rest):
            return f"ints {len(rest) + 1}"
        case {"a": 1, **rest}:
            return f"a1 rest={rest}"
        case Point(x=0) | Point(y=0):
            return "on axis"
        case (1, 2) as t:
            return f"tuple-like {type(t).__name__}"
        case float(f) if f != f:
            return "nan"
        case _:
            return "other"
for o in ["s", b"b", [1, 2, 3], [1, "x"], {"a": 1, "b": 2}, Point(0, 5), Point(3, 0), Point(1, 1), [1, 2], (1, 2), float("nan")]:
    print(where(o))
