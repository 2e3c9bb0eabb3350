# yield from inside __iter__ of a tree, and recursion through classes
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for ch in self.children:
            yield from ch
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)

t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5, Tree(6))))
assert list(t) == [1, 2, 4, 3, 5, 6]
assert t.depth() == 4
assert sum(t) == 21 and max(t) == 6
assert 5 in t and 7 not in t
print(list(t), t.depth())
