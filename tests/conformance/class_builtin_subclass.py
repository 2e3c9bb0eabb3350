class Registry(dict):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name

    def register(self, key):
        def deco(fn):
            self[key] = fn
            return fn
        return deco

reg = Registry("handlers", base=1)
@reg.register("add")
def add(a, b):
    return a + b
print(reg.name, sorted(reg), reg["add"](2, 3), len(reg), isinstance(reg, dict), "add" in reg)
print(reg.get("nope", "-"), list(reg.keys()), type(reg).__name__, reg == {"base": 1, "add": add})

class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}>"
d = Defaults(a=1)
print(d["a"], d["b"], "b" in d, d.get("b"), "{a} {b}".format_map(d))

class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
    @property
    def top(self):
        return self[-1] if self else None

s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), s.top, len(s), s.pop(), s, sorted(s, reverse=True), s + [9], isinstance(s, list))
print(Stack(), Stack().top, Stack("ab"), [x * 2 for x in Stack([1, 2])])
s.label = "mine"
print(s.label, s == [1, 2, 3], repr(s))

class Counter(dict):
    def __getitem__(self, key):
        return super().__getitem__(key) if key in self else 0
    def add(self, key):
        self[key] = self[key] + 1
c = Counter()
for w in "a b a c a".split():
    c.add(w)
print(c, c["z"], max(c, key=c.get))
