from collections import deque
def probe(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
class DE:
    def __init__(self, d, act): self.d = d; self.act = act
    def __eq__(self, o):
        self.act(self.d)
        return True
    def __lt__(self, o):
        self.act(self.d)
        return False
    __hash__ = None
def mk(act, which):
    a = deque([None, 2, 3]); b = deque([1, 2, 3])
    a[0] = DE(a if which == "a" else b, act)
    return a, b
for act_name, act in [("clear", lambda d: d.clear()), ("append", lambda d: d.append(9)), ("pop", lambda d: d.pop()), ("rotate", lambda d: d.rotate(1)), ("set", lambda d: d.__setitem__(1, 2))]:
    for which in "ab":
        a, b = mk(act, which)
        probe(act_name + which + "==", lambda: a == b)
        a, b = mk(act, which)
        probe(act_name + which + "<", lambda: a < b)
        a, b = mk(act, which)
        probe(act_name + which + "<=", lambda: a <= b)
class Count:
    n = 0
    def __eq__(self, o):
        Count.n += 1
        return "no" if Count.n > 1 else False
    __hash__ = None
probe("count==", lambda: (deque([Count()]) == deque([1]), Count.n))
Count.n = 0
probe("count!=", lambda: (deque([Count()]) != deque([1]), Count.n))
Count.n = 0
probe("list-count==", lambda: ([Count()] == [1], Count.n))
class Cl:
    def __eq__(self, o):
        dq.clear()
        return False
    __hash__ = None
dq = deque([Cl(), 2, 3])
probe("clear-false", lambda: dq == deque([1, 2, 3]))
dq = deque([Cl(), 2, 3])
probe("clear-false<", lambda: dq < deque([1, 2, 3]))
class LtStr:
    def __lt__(self, o): return "yes"
    def __gt__(self, o): return ""
probe("lt-str", lambda: deque([LtStr()]) < deque([1]))
probe("gt-str", lambda: deque([LtStr()]) > deque([1]))
