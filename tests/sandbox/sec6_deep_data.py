# run: --max-duration 300
# Every C-recursive walk over data nested 100000 deep stops with RecursionError, never by
# overflowing the C stack (the last one is left uncaught).
import copy, json
from collections import deque, OrderedDict

N = 100000
def nest(make, leaf):
    x = leaf
    for _ in range(N):
        x = make(x)
    return x

L, L2 = nest(lambda x: [x], []), nest(lambda x: [x], [])
D, D2 = nest(lambda x: {"a": x}, {}), nest(lambda x: {"a": x}, {})
T, T2 = nest(lambda x: (x,), ()), nest(lambda x: (x,), ())
Q, Q2 = nest(lambda x: deque([x]), deque()), nest(lambda x: deque([x]), deque())
O, O2 = nest(lambda x: OrderedDict(a=x), OrderedDict()), nest(lambda x: OrderedDict(a=x), OrderedDict())
class Obj:
    def __init__(self, c): self.c = c
B = nest(Obj, None)
probes = [
    lambda: repr(L), lambda: L == L2, lambda: L < L2, lambda: repr(D), lambda: D == D2,
    lambda: repr(T), lambda: hash(T), lambda: T == T2, lambda: {T}, lambda: repr(Q),
    lambda: Q == Q2, lambda: repr(O), lambda: O == O2, lambda: copy.deepcopy(L),
    lambda: copy.deepcopy(D), lambda: copy.deepcopy(T), lambda: copy.deepcopy(B),
    lambda: json.dumps(L), lambda: json.dumps(D), lambda: f"{L}", lambda: "{}".format(D),
    lambda: "%s" % (T,), lambda: L2 in [L], lambda: sorted([L, L2]),
]
for k, probe in enumerate(probes):
    try:
        probe()
        raise AssertionError("probe %d finished" % k)
    except RecursionError:
        pass
repr(L)
# expect: RecursionError
