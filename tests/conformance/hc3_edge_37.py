class Weird:
    def __eq__(self, other):
        return "yes"
    def __ne__(self, other):
        return 0
w = Weird()
print(w == 1, w != 1, [w] == [w], [w] == [Weird()], w in [1])
class NoEq:
    pass
a = NoEq()
print(a == a, a != a, a == NoEq(), [a].count(a), (a,) == (a,))
print(NotImplemented.__class__.__name__, type(NotImplemented))
