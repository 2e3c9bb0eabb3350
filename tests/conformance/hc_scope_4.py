x = "global"
def f():
    z = "enclosing"
    class C:
        z = "class"
        x = "class"
        vals = [1, 2]
        got = [(z, x) for _ in vals]
        pairs = {v: z for v in vals}
        nested = [[x for _ in range(1)] for _ in range(1)]
        uses_own = [v * 2 for v in vals]
        gen = list(z for _ in range(1))
    return C
C = f()
print(C.got, C.pairs, C.nested, C.uses_own, C.gen)
class D:
    y = 5
    try:
        bad = [y for _ in range(1)]
    except NameError as e:
        print(type(e).__name__, e)
print(D.y)
D.z
