print([1, 2.0, True] == [1.0, 2, 1], [float('nan')] == [float('nan')])
class Eq:
    def __eq__(self, other):
        return True
print([Eq()] == [1], 5 in [Eq()], [1, 2].index(Eq()) if False else [Eq(), 1].count(3))
print([[1, 2], [3]] < [[1, 2], [4]], [[1]] == [[1]], [1, [2, [3]]] == [1, [2, [3]]])
