from typing import Optional
def find_user(users: dict[str, int], name: str) -> Optional[int]:
    return users.get(name)
uid = find_user({"a": 1}, "b")
print(uid)
def get_len(s: str) -> int:
    return len(s)
print(get_len("hello"))
class Tree:
    def __init__(self, val: int, children: "list[Tree] | None" = None) -> None:
        self.val = val
        self.children = children or []
    def total(self) -> int:
        return self.val + sum(c.total() for c in self.children)
Tree(1, [Tree(2), Tree(3, [Tree(4)])]).total()
