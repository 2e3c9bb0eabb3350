# contextlib.contextmanager with try/finally cleanup
from contextlib import contextmanager

events = []

@contextmanager
def opened(name):
    events.append("open " + name)
    try:
        yield name + ".handle"
    finally:
        events.append("close " + name)

with opened("f") as h:
    events.append("use " + h)
assert events == ["open f", "use f.handle", "close f"]
events.clear()
try:
    with opened("g"):
        raise RuntimeError("boom")
except RuntimeError as e:
    events.append(f"caught {e}")
assert events == ["open g", "close g", "caught boom"]
print(events)
with opened("h"):
    {}["missing"]
