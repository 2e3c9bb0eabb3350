from contextlib import contextmanager
events = []
@contextmanager
def transaction(name):
    events.append(f"begin {name}")
    try:
        yield name
        events.append(f"commit {name}")
    except Exception as e:
        events.append(f"rollback {name}: {e}")
        raise
    finally:
        events.append(f"end {name}")
with transaction("t1"):
    pass
try:
    with transaction("t2"):
        raise ValueError("boom")
except ValueError:
    pass
print(events)
with transaction("outer") as o, transaction("inner") as i:
    events.append((o, i))
events[-5:]
