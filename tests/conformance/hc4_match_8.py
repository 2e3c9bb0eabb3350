def f(x):
    match x:
        case [*head, last] if len(head) > 1:
            return ("long", head, last)
        case [a, *mid, b]:
            return ("short", a, mid, b)
        case {"k": [1, *_], **kw} if not kw:
            return "k-only"
        case "abc":
            return "string is not a sequence pattern"
    return None

print(f([1, 2, 3]), f([1, 2]), f({"k": [1, 9]}), f({"k": [1], "z": 0}), f("abc"), f([1]))
print(f(range(5)))
