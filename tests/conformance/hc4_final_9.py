class Tree:
    def __init__(self):
        self.children = {}
    def insert(self, word):
        node = self
        for ch in word:
            node = node.children.setdefault(ch, Tree())
        node.children["$"] = None
    def words(self, prefix=""):
        for ch, child in sorted(self.children.items()):
            if ch == "$":
                yield prefix
            else:
                yield from child.words(prefix + ch)
t = Tree()
for w in ["car", "cat", "cart", "dog", "do"]:
    t.insert(w)
list(t.words())
