class Tracker:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("enter")
        return self.log
    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"exit {exc_type.__name__ if exc_type else None}")
        return True
t = Tracker()
with t as log:
    log.append("body")
    raise ValueError("swallowed")
    log.append("unreached")
print(t.log)
def f():
    with Tracker() as log:
        return log
print(f())
def g():
    for i in range(3):
        with Tracker() as log:
            if i == 1:
                break
    return i
print(g())
