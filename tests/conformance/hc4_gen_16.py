class Tree:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right
    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right

t = Tree(5, Tree(3, Tree(1), Tree(4)), Tree(8, None, Tree(9)))
assert list(t) == [1, 3, 4, 5, 8, 9]
assert 4 in t and 7 not in t
assert sorted(t, reverse=True)[:2] == [9, 8]
print(sum(t), max(t), min(t))
list(t)
