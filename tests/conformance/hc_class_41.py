class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
    def add(self, *nodes):
        self.children.extend(nodes)
        return self
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def __repr__(self):
        if not self.children:
            return f"Node({self.value})"
        return f"Node({self.value}, {self.children})"
tree = Node(1).add(Node(2).add(Node(4)), Node(3))
print(tree, tree.depth(), list(tree), sum(tree))
print(max(tree), 4 in tree, sorted(tree, reverse=True))
