# exceptions in generator, custom StopIteration-like protocol
class Empty(Exception):
    def __init__(self, what):
        super().__init__(f"{what} is empty")
        self.what = what

class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if not self._items:
            raise Empty("stack")
        return self._items.pop()

s = Stack().push(1).push(2)
assert s.pop() == 2 and s.pop() == 1
try:
    s.pop()
except Empty as e:
    assert e.what == "stack" and e.args == ("stack is empty",)
    print(e)
s.pop()
