class Node:
    def __init__(self, val, nxt=None):
        self.val, self.nxt = val, nxt
    def __iter__(self):
        node = self
        while node:
            yield node.val
            node = node.nxt
    def __repr__(self):
        return " -> ".join(map(str, self))
    def __reversed__(self):
        return reversed(list(self))

lst = Node(1, Node(2, Node(3)))
print(lst, list(reversed(lst)))
print(str(lst) == repr(lst), f"{lst}", f"{lst!r}")
class NoStr:
    def __repr__(self):
        return "<NoStr>"
print(NoStr(), str(NoStr()), [NoStr()], f"{NoStr()}")
