from contextlib import contextmanager, suppress, nullcontext

@contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    finally:
        log.append(f"</{name}>")

log = []
with tag("a", log) as t:
    log.append(t)
print(log)

log = []
try:
    with tag("b", log):
        raise ValueError("inside")
except ValueError as e:
    print("propagated", e, log)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")

class Resource:
    def __init__(self):
        self.events = []

    @contextmanager
    def opened(self):
        self.events.append("open")
        yield self
        self.events.append("close")

res = Resource()
with res.opened() as r:
    r.events.append("use")
print(res.events)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)
with nullcontext(5) as v:
    print(v)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)
