# An exception in a guard propagates from the guard's line
def check(v):
    match v:
        case [a, b] if a / b > 1:
            return "big"
        case _:
            return "other"

print(check([4, 2]))
print(check("ab"))
print(check([1, 0]))
