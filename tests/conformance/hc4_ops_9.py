class Lazy:
    def __init__(self):
        self.calls = 0
    def __bool__(self):
        self.calls += 1
        return False
l = Lazy()
r = l or "fallback"
r2 = l and "never"
print(r, r2 is l, l.calls)
print(0 or [] or {} or "last", 1 and 2 and 3, None and 1/0, (1 or 1/0))
print(not [], not [0], [] is not [], "a" if [] else "b")
def side(x):
    print("side", x)
    return x
print(side(1) < side(2) < side(0) < side(3))
