class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, P) and self.v == o.v
print(P(1) == P(1), P(1) != P(2), P.__hash__)
try:
    {P(1)}
except TypeError as e:
    print("TypeError:", e)
class Q(P):
    def __hash__(self):
        return hash(self.v)
print(len({Q(1), Q(1), Q(2)}))
