# stubs: orders.pyi
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Node:
    name: str
    children: list[Node]

    def add(self, child: Node) -> Node:
        self.children.append(child)
        return self

    def size(self) -> int:
        return 1 + sum(c.size() for c in self.children)


root = Node("orders", [])
for o in list_orders(limit=3):
    root.add(Node(o["id"], []))
print(root.size())
