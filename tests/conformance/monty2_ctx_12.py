# __exit__ receives exception details; traceback argument is not None
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.info = (et, str(ev), tb is not None)
        return True

with Inspect() as i:
    raise LookupError("x not found")
assert i.info == (LookupError, "x not found", True)
with Inspect() as j:
    pass
print(i.info[0].__name__, i.info[1])
j.info
