# binary tree insert and traversal
class BST:
    def __init__(self):
        self.root = None
    def insert(self, k):
        def _ins(node, k):
            if node is None:
                return [k, None, None]
            if k < node[0]:
                node[1] = _ins(node[1], k)
            elif k > node[0]:
                node[2] = _ins(node[2], k)
            return node
        self.root = _ins(self.root, k)
    def inorder(self):
        out = []
        def walk(n):
            if n:
                walk(n[1]); out.append(n[0]); walk(n[2])
        walk(self.root)
        return out
t = BST()
for k in [5, 3, 8, 1, 4, 9, 5]:
    t.insert(k)
t.inorder()
