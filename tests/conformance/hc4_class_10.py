class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items})"

s = Stack().push(1).push(2).push(3)
print(s, len(s), s.pop())
s.pop(); s.pop()
print(s)
s.pop()
