# dataclass equality across types and repr recursion
from dataclasses import dataclass, field
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
@dataclass
class Other:
    val: int
    children: list = field(default_factory=list)
root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
print(Node(1) == Other(1), Node(1) == Node(1), Node(1) != Node(2))
def depth(n):
    return 1 + max((depth(c) for c in n.children), default=0)
depth(root)
