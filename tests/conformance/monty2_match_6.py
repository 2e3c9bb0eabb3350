# star patterns in sequences
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *middle, last]:
            return f"{first}..{last} ({len(middle)} between)"

assert shape([]) == "empty"
assert shape((1,)) == "one 1"
assert shape([1, 2]) == "two 1 2"
assert shape(range(5)) == "0..4 (3 between)"
assert shape("abc") is None
match [1, 2, 3, 4]:
    case [*head, 3, 4]:
        print("head", head)
match {"a": 1}:
    case {"a": 1, **kw}:
        print("kw", kw)
shape(5)
