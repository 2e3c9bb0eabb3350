# class-based context manager: enter/exit order and return value
class Tracker:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None}")
        return False

log = []
with Tracker("a", log) as x, Tracker("b", log) as y:
    log.append(x + y)
assert log == ["enter a", "enter b", "AB", "exit b None", "exit a None"]
log.clear()
try:
    with Tracker("outer", log):
        with Tracker("inner", log):
            raise KeyError("k")
except KeyError:
    log.append("caught")
assert log == ["enter outer", "enter inner", "exit inner KeyError", "exit outer KeyError", "caught"]
print(log)
with Tracker("last", log):
    1 / 0
