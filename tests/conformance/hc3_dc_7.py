from dataclasses import dataclass
from typing import Optional
@dataclass
class TreeNode:
    value: int
    left: Optional["TreeNode"] = None
    right: Optional["TreeNode"] = None
def insert(root, v):
    if root is None:
        return TreeNode(v)
    if v < root.value:
        root.left = insert(root.left, v)
    else:
        root.right = insert(root.right, v)
    return root
def inorder(n):
    return inorder(n.left) + [n.value] + inorder(n.right) if n else []
root = None
for v in [5, 3, 8, 1, 4, 9, 7]:
    root = insert(root, v)
print(inorder(root))
print(root.left)
def height(n):
    return 0 if n is None else 1 + max(height(n.left), height(n.right))
height(root)
