# match star patterns in middle and mapping rest
def f(v):
    match v:
        case [1, *mid, 9]:
            return ("1..9", mid)
        case [*_, 0]:
            return "ends with zero"
        case {"a": 1, **kw} if not kw:
            return "exactly a"
        case {"a": 1, **kw}:
            return ("a plus", sorted(kw))
    return "none"
[f(x) for x in ([1, 9], [1, 2, 3, 9], [5, 0], {"a": 1}, {"a": 1, "b": 2}, {"b": 1}, "no")]
