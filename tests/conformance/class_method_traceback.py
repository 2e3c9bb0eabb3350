class Stack:
    def __init__(self):
        self.items = []

    def pop(self):
        return self.items.pop()

    def top(self):
        return self.items[-1]

s = Stack()
try:
    s.pop()
except IndexError as e:
    print("caught", e)

class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def total(self):
        return self.value + sum(c.total() for c in self.children)

t = Node(1, [Node(2), Node(3, [Node(4)])])
print(t.total())
t.children[1].children[0].value = None
t.total()
