# closing() calls close() even when the body raises; close() errors propagate
from contextlib import closing

class Res:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def close(self):
        self.log.append("close " + self.name)

log = []
try:
    with closing(Res("a", log)) as r:
        log.append("use " + r.name)
        raise ValueError("inside")
except ValueError as e:
    log.append(str(e))
assert log == ["use a", "close a", "inside"]
print(log)

class NoClose:
    pass

try:
    with closing(NoClose()):
        print("body runs")
except AttributeError as e:
    print("AttributeError:", e)
