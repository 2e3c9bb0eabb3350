from dataclasses import dataclass, field
@dataclass
class Node:
    value: int
    children: list["Node"] = field(default_factory=list)
    def add(self, v):
        n = Node(v)
        self.children.append(n)
        return n
root = Node(1)
root.add(2).add(3)
root.add(4)
print(root)
print(root == Node(1, [Node(2, [Node(3)]), Node(4)]))
def depth(n):
    return 1 + max((depth(c) for c in n.children), default=0)
print(depth(root))
@dataclass
class Pair:
    a: int
    b: int
    def __iter__(self):
        yield self.a
        yield self.b
x, y = Pair(1, 2)
print(x, y, list(Pair(3, 4)), dict([Pair(5, 6)]))
