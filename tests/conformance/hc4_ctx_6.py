class Lock:
    def __init__(self):
        self.held = False
    def __enter__(self):
        if self.held:
            raise RuntimeError("already held")
        self.held = True
    def __exit__(self, et, ev, tb):
        self.held = False

lock = Lock()
with lock:
    print("held", lock.held)
print("released", lock.held)
with lock:
    with lock:
        pass
