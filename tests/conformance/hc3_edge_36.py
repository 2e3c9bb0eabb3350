class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __repr__(self):
        return f"Node({self.v!r}, {self.nxt!r})"
n = Node(1, Node("two", Node(3.0)))
print(n)
print(str(n) == repr(n), [n.nxt.nxt])
class Q:
    def __str__(self):
        return "Q-str"
print(Q().__str__(), str(Q()), f"{Q()}", "%s" % Q(), [str(Q())])
print(repr(Q()).startswith("<__main__.Q object at 0x"))
