# sequence patterns
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x},{y}"
        case [first, *rest] if len(rest) > 3:
            return f"long from {first}, {len(rest)} more"
        case [first, *_, last]:
            return f"{first}..{last}"
for s in ([], [1], (1, 2), [1, 2, 3], list(range(10)), "ab", range(3)):
    print(shape(s))
shape(5)
