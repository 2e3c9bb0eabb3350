class Manager:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("exit failed")

with Manager():
    x = 1 / 0
