# custom iterable with separate iterator class
class Tree:
    def __init__(self, val, *kids):
        self.val, self.kids = val, kids
    def __iter__(self):
        yield self.val
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t), sum(t), max(t), sorted(t, reverse=True), 4 in t, list(zip(t, "abcd")))
class Bad:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("broken iterator")
list(Bad())
