# nullcontext and ExitStack
from contextlib import nullcontext, ExitStack, contextmanager

with nullcontext(5) as v:
    assert v == 5

order = []

@contextmanager
def res(n):
    order.append(f"open{n}")
    yield n
    order.append(f"close{n}")

with ExitStack() as stack:
    vals = [stack.enter_context(res(i)) for i in range(3)]
    stack.callback(order.append, "cb")
assert vals == [0, 1, 2]
assert order == ["open0", "open1", "open2", "cb", "close2", "close1", "close0"]
print(order)
