def probe(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)

class K:
    def __init__(self, h, d=None, action=None):
        self.h = h; self.d = d; self.action = action
    def __hash__(self): return self.h
    def __eq__(self, o):
        if self.action: self.action(self)
        return self is o
    def __repr__(self): return "K%d" % self.h

def clear_d(k): d.clear()
d = {K(1, action=clear_d): 1}
probe("dict-get-clear", lambda: d.get(K(1, action=clear_d)))
def grow_d(k):
    for i in range(100, 120): d[i] = i
d = {K(1, action=grow_d): 1, K(2): 2}
probe("dict-get-grow", lambda: d.get(K(1, action=grow_d)))
print(len(d))
d = {K(1, action=clear_d): 1}
probe("dict-set-clear", lambda: d.__setitem__(K(1, action=clear_d), 5))
print(d)
d = {K(1, action=clear_d): 1}
probe("dict-in-clear", lambda: K(1, action=clear_d) in d)
d = {K(1, action=clear_d): 1}
probe("dict-del-clear", lambda: d.__delitem__(K(1, action=clear_d)))
d = {K(1, action=clear_d): 1}
probe("dict-pop-clear", lambda: d.pop(K(1, action=clear_d), 'dflt'))
d = {K(1, action=clear_d): 1}
probe("dict-setdefault-clear", lambda: d.setdefault(K(1, action=clear_d), 7))
print(d)

# set
def clear_s(k): s.clear()
s = {K(1, action=clear_s), K(2)}
probe("set-in-clear", lambda: K(1, action=clear_s) in s)
s = {K(1, action=clear_s), K(2)}
probe("set-add-clear", lambda: (s.add(K(1, action=clear_s)), len(s))[1])
s = {K(1, action=clear_s), K(2)}
probe("set-remove-clear", lambda: s.remove(K(1, action=clear_s)))
s = {K(1, action=clear_s), K(2)}
probe("set-discard-clear", lambda: s.discard(K(1, action=clear_s)))
def grow_s(k):
    for i in range(100, 200): s.add(i)
s = {K(1, action=grow_s), K(2)}
probe("set-in-grow", lambda: K(1, action=grow_s) in s)

# hash mutating
class H:
    def __init__(self, c): self.c = c
    def __hash__(self):
        self.c.clear()
        return 5
    def __eq__(self, o): return False
d = {1: 1, 2: 2}
probe("dict-hash-clear", lambda: d.get(H(d)))
d = {1: 1, 2: 2}
probe("dict-hash-set", lambda: (d.__setitem__(H(d), 3), len(d))[1])
s = {1, 2}
probe("set-hash-clear", lambda: (s.add(H(s)), len(s))[1])

# update with mutating
d = {1: 1}
class Grow:
    def keys(self): return [1, 2, 3]
    def __getitem__(self, k):
        d.clear()
        return k
probe("dict-update-mapping", lambda: (d.update(Grow()), d)[1])
d = {1: 1}
def gen():
    yield (1, 2)
    d.clear()
    yield (3, 4)
probe("dict-update-gen", lambda: (d.update(gen()), d)[1])
d = {1: 1, 2: 2}
probe("dict-update-self", lambda: (d.update(d), d)[1])
# iteration mutation
d = {1: 1, 2: 2}
def iter_mut():
    for k in d:
        d[k + 10] = 0
probe("dict-iter-add", iter_mut)
d = {1: 1, 2: 2}
def iter_del():
    for k in d:
        del d[k]
probe("dict-iter-del", iter_del)
d = {1: 1, 2: 2}
def iter_replace():
    for k in d:
        del d[k]
        d[k + 100] = 1
probe("dict-iter-replace", iter_replace)
d = {1: 1, 2: 2, 3: 3}
def iter_items():
    for k, v in d.items():
        d.pop(3, None); d[4] = 4
probe("dict-items-replace", iter_items)
s = {1, 2}
def set_iter():
    for x in s:
        s.add(x + 10)
probe("set-iter-add", set_iter)
s = {1, 2}
def set_iter2():
    for x in s:
        s.discard(x); s.add(x + 10)
probe("set-iter-replace", set_iter2)
# set operations with mutating eq
class SK:
    def __init__(self, h, other): self.h = h; self.other = other
    def __hash__(self): return self.h
    def __eq__(self, o):
        self.other.clear()
        return False
a = {1, 2, 3}
b = {SK(1, a), SK(2, a)}
probe("set-and", lambda: len(a & b))
a = {1, 2, 3}
b = {SK(1, a), SK(2, a)}
probe("set-or", lambda: len(b | a))
a = {1, 2, 3}
b = {SK(1, a), SK(2, a)}
probe("set-sub", lambda: len(a - b))
a = {1, 2, 3}
b = {SK(1, a), SK(2, a)}
probe("set-xor", lambda: len(a ^ b))
a = {1, 2, 3}
b = {SK(1, a), SK(2, a)}
probe("set-issubset", lambda: b <= a)
a = {1, 2, 3}
b = {SK(1, a), SK(2, a)}
probe("set-isdisjoint", lambda: a.isdisjoint(b))
a = {1, 2, 3}
b = [SK(1, a), SK(2, a)]
probe("set-intersection_update", lambda: (a.intersection_update(b), len(a))[1])
a = {1, 2, 3}
b = [SK(1, a), SK(2, a)]
probe("set-difference_update", lambda: (a.difference_update(b), len(a))[1])
a = {1, 2, 3}
b = [SK(1, a), SK(2, a)]
probe("set-sym_update", lambda: (a.symmetric_difference_update(b), len(a))[1])
a = {1, 2, 3}
b = {SK(1, a), SK(2, a)}
probe("set-eq", lambda: a == {1, 2, 3} and b == a)
# dict == with mutating eq on values
class VE:
    def __init__(self, d): self.d = d
    def __eq__(self, o):
        self.d.clear()
        return True
d1 = {1: None, 2: 2, 3: 3}
d2 = {1: None, 2: 2, 3: 3}
d1[1] = VE(d2)
probe("dict-eq-clear", lambda: d1 == d2)
d1 = {1: None, 2: 2, 3: 3}
d2 = {1: None, 2: 2, 3: 3}
d1[1] = VE(d1)
probe("dict-eq-clear-self", lambda: d1 == d2)
