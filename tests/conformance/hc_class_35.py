class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s, len(s), s.peek(), isinstance(s, list), s.pop(), s)
class Registry(dict):
    def __missing__(self, key):
        return f"<{key}>"
r = Registry(a=1)
print(r["a"], r["zz"], r, len(r))
