class Repr:
    def __repr__(self):
        return "R!"
print(Repr(), [Repr()], {"k": Repr()}, (Repr(),), str(Repr()))
class StrOnly:
    def __str__(self):
        return "S!"
s = StrOnly()
print(s, [s][0].__str__(), repr(s).startswith("<"))
class Bad:
    def __repr__(self):
        return 5
try:
    repr(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class Ordering:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
try:
    Ordering(1) < 3
except AttributeError as e:
    print(type(e).__name__, e)
Ordering(1) > Ordering(2)
