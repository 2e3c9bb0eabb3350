from contextlib import contextmanager, suppress
@contextmanager
def timer(label, log):
    log.append(f"start {label}")
    yield len(log)
    log.append(f"end {label}")
log = []
with timer("a", log) as n, timer("b", log) as m:
    log.append(f"inside {n} {m}")
print(log)
with suppress(ZeroDivisionError):
    print("before")
    1 / 0
    print("after")
print("done")
@contextmanager
def no_yield():
    if False:
        yield
with no_yield():
    pass
