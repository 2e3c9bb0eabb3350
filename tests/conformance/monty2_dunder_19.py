# __repr__ used for nested containers, default repr not used
class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
    def __repr__(self):
        if not self.children:
            return f"Node({self.val})"
        return f"Node({self.val}, {self.children})"

tree = Node(1, [Node(2), Node(3, [Node(4)])])
assert repr(tree) == "Node(1, [Node(2), Node(3, [Node(4)])])"
assert str(tree) == repr(tree)
print(tree)
print({"root": tree.children[0]})
tree
