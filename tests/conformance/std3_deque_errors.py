# collections.deque: CPython's errors, and mutation from __eq__ or during iteration
from collections import deque


def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


err(lambda: deque().pop())
err(lambda: deque().popleft())
err(lambda: deque([1])[1])
err(lambda: deque([1])[-2])
err(lambda: deque()[0])
err(lambda: deque([1])["a"])
err(lambda: deque([1, 2])[0:1])
err(lambda: deque([1, 2]).remove(3))
err(lambda: deque([1, 2]).index(3))
err(lambda: deque(["a"]).index("b"))
err(lambda: deque([1, 2, 3]).index(1, 1))
err(lambda: deque([1], maxlen=1).insert(0, 2))
err(lambda: deque(maxlen=-1))
err(lambda: deque([], "a"))
err(lambda: deque([], 1.5))
err(lambda: deque(5))
err(lambda: hash(deque()))
err(lambda: deque([1]) + [2])
err(lambda: deque([1]) * 1.5)
err(lambda: deque([1]) < [1])
err(lambda: deque([1]).append())
err(lambda: deque([1]).rotate("x"))
err(lambda: deque([1]).count())


def set_maxlen():
    q = deque()
    q.maxlen = 3


err(set_maxlen)


def assign_out_of_range():
    q = deque([1])
    q[5] = 0


def delete_out_of_range():
    q = deque([1])
    del q[-3]


err(assign_out_of_range)
err(delete_out_of_range)


def mutate_while_iterating():
    q = deque([1, 2, 3])
    for x in q:
        q.append(x)


def pop_while_iterating():
    q = deque([1, 2, 3])
    for x in q:
        q.pop()


err(mutate_while_iterating)
err(pop_while_iterating)

q = deque([1, 2, 3])
it = iter(q)
print(next(it))
q.rotate(1)
err(lambda: next(it))
err(lambda: next(it))


class Evil:
    def __init__(self, q):
        self.q = q

    def __eq__(self, other):
        self.q.clear()
        return False


q = deque([1, 2, 3])
err(lambda: q.count(Evil(q)))
q = deque([1, 2, 3])
err(lambda: q.index(Evil(q)))
q = deque([1, 2, 3])
err(lambda: Evil(q) in q)
q = deque([1, 2, 3])
err(lambda: q.remove(Evil(q)))
print(q)
q = deque([Evil(None), 2])
r = deque([5, 6])
q[0].q = r
err(lambda: q == deque([7, 8]))
print(r)
