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
    def __contains__(self, x):
        return x in self._items
    def __getitem__(self, i):
        return self._items[i]
s = Stack().push(1).push(2).push(3)
print(len(s), 2 in s, 9 in s, s[0], s[-1], list(s))
print(s.pop(), s.pop(), s.pop())
s.pop()
