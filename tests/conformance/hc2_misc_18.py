# recursive data structure: linked list class
class Node:
    def __init__(self, val, nxt=None):
        self.val, self.nxt = val, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        for x in reversed(list(items)):
            self.head = Node(x, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.nxt
    def __len__(self):
        return sum(1 for _ in self)
    def __repr__(self):
        return " -> ".join(map(str, self)) or "empty"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.nxt, prev, cur = prev, cur, cur.nxt
        self.head = prev
ll = LinkedList([1, 2, 3, 4])
ll.reverse()
print(ll, len(ll), list(ll), LinkedList())
ll.head.nxt.nxt.nxt.nxt.val
