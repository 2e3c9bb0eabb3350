class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("open " + self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"close {self.name} {exc_type.__name__ if exc_type else None}")
        return False

log = []
try:
    with Resource("a", log) as a, Resource("b", log) as b:
        log.append("body")
        raise KeyError("k")
except KeyError:
    log.append("handled")
for line in log:
    print(line)
