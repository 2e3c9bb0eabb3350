# Capture patterns, the wildcard, as-patterns, and what stays bound after a failed case
def f(s):
    match s:
        case [a, b, 3]:
            return "three", a, b
        case [_, _, _] as whole:
            return "whole", whole
        case x:
            return "x", x

print(f([1, 2, 3]))
print(f([1, 2, 4]))
print(f("abc"))
print(f(None))

def leftovers(s):
    # a pattern that fails half-way binds nothing
    match s:
        case [a, b, 3]:
            pass
        case _:
            pass
    try:
        return a, b
    except NameError as e:
        return type(e).__name__, str(e)

print(leftovers([1, 2, 4]))
print(leftovers([1, 2, 3]))

def guard_leftover(s):
    # a guard that fails leaves the pattern's names bound
    match s:
        case [p, q] if p > q:
            return "desc"
        case _:
            pass
    return p, q

print(guard_leftover([1, 2]))

match 42:
    case n:
        pass
print(n)

match (1, 2):
    case (first, _) as pair:
        print(first, pair)

match [1, [2, [3, 4]]]:
    case [a, [b, [c, d] as inner] as mid]:
        print(a, b, c, d, inner, mid)

# _ is never bound
_ = "untouched"
match 5:
    case _:
        pass
print(_)

counter = 0
def g():
    global counter
    match 3:
        case counter:
            pass
g()
print(counter)

def outer():
    v = 0
    def inner():
        nonlocal v
        match "inner":
            case v:
                pass
    inner()
    return v
print(outer())
