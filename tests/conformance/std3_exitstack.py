# contextlib.ExitStack: callbacks unwind last first; exceptions propagate, chain and are
# suppressed as CPython's ExitStack.__exit__ does
from contextlib import ExitStack, contextmanager, suppress, nullcontext

log = []


@contextmanager
def res(name, swallow=False):
    log.append("enter " + name)
    try:
        yield name.upper()
    except Exception as e:
        log.append(f"{name} saw {type(e).__name__}: {e}")
        if not swallow:
            raise
    finally:
        log.append("exit " + name)


class Manager:
    def __init__(self, name, result=False):
        self.name = name
        self.result = result

    def __enter__(self):
        log.append("enter " + self.name)
        return self

    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None} {ev}")
        return self.result


with ExitStack() as stack:
    a = stack.enter_context(res("a"))
    b = stack.enter_context(Manager("b"))
    stack.callback(log.append, "callback")
    stack.callback(lambda *args, **kw: log.append((args, kw)), 1, 2, k=3)
    log.append(f"body {a} {b.name}")
print(log)

log.clear()
try:
    with ExitStack() as stack:
        stack.enter_context(res("a"))
        stack.enter_context(Manager("m"))
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
print(log)

log.clear()
with ExitStack() as stack:
    stack.enter_context(Manager("outer"))
    stack.enter_context(Manager("swallow", True))
    stack.enter_context(Manager("inner"))
    raise KeyError("k")
print("suppressed", log)

log.clear()
with ExitStack() as stack:
    stack.enter_context(res("gen", swallow=True))
    raise RuntimeError("in body")
print("gen suppressed", log)


def failing_exit(et, ev, tb):
    log.append(f"failing sees {et.__name__ if et else None}")
    raise TypeError("from callback")


log.clear()
try:
    with ExitStack() as stack:
        stack.enter_context(Manager("first"))
        stack.push(failing_exit)
        stack.enter_context(Manager("last"))
        raise ValueError("original")
except TypeError as e:
    print("replaced by", repr(e), "context", repr(e.__context__))
print(log)

log.clear()
try:
    with ExitStack() as stack:
        stack.enter_context(Manager("eats", True))
        stack.push(failing_exit)
except TypeError:
    print("not reached")
print("eaten", log)

log.clear()
with ExitStack() as outer:
    outer.enter_context(Manager("x"))
    with ExitStack() as inner:
        inner.enter_context(Manager("y"))
        moved = inner.pop_all()
    log.append("inner closed nothing")
    outer.push(moved)
print(log)

log.clear()
stack = ExitStack()
stack.enter_context(Manager("manual"))
stack.callback(log.append, "cb")
stack.close()
stack.close()
print(log)

log.clear()
with ExitStack() as stack:
    stack.push(Manager("pushed"))
    stack.push(lambda et, ev, tb: log.append("plain exit") or False)
print(log)
print(stack.enter_context(nullcontext(42)), type(ExitStack()).__name__)

with ExitStack() as stack:
    stack.enter_context(suppress(ZeroDivisionError))
    1 / 0
print("zero suppressed")

try:
    with ExitStack() as stack:
        stack.enter_context(5)
except TypeError as e:
    print(e)


class NoExit:
    def __enter__(self):
        return 1


try:
    ExitStack().enter_context(NoExit())
except TypeError as e:
    print(e)
with ExitStack() as stack:
    files = [stack.enter_context(res(f"f{i}")) for i in range(3)]
    print(files)
print(log[-6:])
print(ExitStack().__exit__(None, None, None), ExitStack().push(print) is print)
