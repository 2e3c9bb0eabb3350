class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        return self._items.pop()
    def peek(self):
        return self._items[-1]
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
s = Stack()
for i in "abc":
    s.push(i)
out = []
while s:
    out.append(s.pop())
print(out, len(s), bool(s))
s.peek()
