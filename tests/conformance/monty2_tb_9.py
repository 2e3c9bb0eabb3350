# error in __enter__ of a class used in with, nested in a function
class Lock:
    def __init__(self, name):
        self.name = name
        self.held = False
    def __enter__(self):
        if self.held:
            raise RuntimeError(f"{self.name} already held")
        self.held = True
        return self
    def __exit__(self, *exc):
        self.held = False

def critical(lock, reenter):
    with lock:
        if reenter:
            with lock:
                pass
    return "done"

l = Lock("L")
assert critical(l, False) == "done" and not l.held
print(critical(l, False))
critical(l, True)
