from __future__ import annotations
from typing import Iterator, Optional


class Node:
    __slots__ = ("key", "left", "right")

    def __init__(self, key: int) -> None:
        self.key = key
        self.left: Optional[Node] = None
        self.right: Optional[Node] = None


class BST:
    def __init__(self, keys=()) -> None:
        self.root: Optional[Node] = None
        self.size = 0
        for k in keys:
            self.insert(k)

    def insert(self, key: int) -> bool:
        if self.root is None:
            self.root = Node(key)
        else:
            node = self.root
            while True:
                if key == node.key:
                    return False
                side = "left" if key < node.key else "right"
                child = getattr(node, side)
                if child is None:
                    setattr(node, side, Node(key))
                    break
                node = child
        self.size += 1
        return True

    def _walk(self, node: Optional[Node]) -> Iterator[int]:
        if node:
            yield from self._walk(node.left)
            yield node.key
            yield from self._walk(node.right)

    def __iter__(self) -> Iterator[int]:
        return self._walk(self.root)

    def __len__(self) -> int:
        return self.size

    def __contains__(self, key: int) -> bool:
        node = self.root
        while node and node.key != key:
            node = node.left if key < node.key else node.right
        return node is not None

    def height(self, node: Optional[Node] = None, top: bool = True) -> int:
        if top:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left, False), self.height(node.right, False))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BST) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"BST({list(self)})"


t = BST([5, 3, 8, 1, 4, 9, 7])
print(t, len(t), 4 in t, 6 in t, t.height(), t.insert(4), t == BST([1, 3, 4, 5, 7, 8, 9]))
print(sum(t), [k for k in t if k % 2], BST() == BST(), bool(BST()), bool(t))


class Machine:
    transitions = {"idle": {"start": "running"}, "running": {"pause": "paused", "stop": "idle"},
                   "paused": {"resume": "running", "stop": "idle"}}

    def __init__(self):
        self.state = "idle"
        self.history = [self.state]

    def fire(self, event: str) -> str:
        try:
            self.state = self.transitions[self.state][event]
        except KeyError:
            raise ValueError(f"bad event {event!r} in state {self.state!r}") from None
        self.history.append(self.state)
        return self.state


m = Machine()
for ev in ["start", "pause", "resume", "stop"]:
    m.fire(ev)
print(m.history)
m.fire("pause")
