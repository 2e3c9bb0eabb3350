class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        if not self.children:
            return f"Node({self.val!r})"
        return f"Node({self.val!r}, {self.children!r})"
    def walk(self, depth=0):
        yield depth, self.val
        for c in self.children:
            yield from c.walk(depth + 1)
tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
for d, v in tree.walk():
    print("  " * d + v)
print(tree)
print(sum(1 for _ in tree.walk()))
max(d for d, _ in tree.walk())
