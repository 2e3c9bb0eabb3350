class Node:
    def __init__(self, parent=None):
        self.parent = parent

    @property
    def depth(self):
        return 0 if self.parent is None else self.parent.depth + 1

    def __getitem__(self, k):
        if k == 0 or self.parent is None:
            return self
        return self.parent[k - 1]

    def __call__(self, n):
        return n if self.parent is None else self.parent(n + 1)

node = None
for _ in range(700):
    node = Node(node)
print(node.depth, node[650].depth, node(0))

class Gen:
    @property
    def items(self):
        yield 1
        yield 2
    def __getitem__(self, k):
        yield k
print(list(Gen().items), list(Gen()[5]))

class Broken:
    @property
    def value(self):
        return self.missing + 1

Broken().value
