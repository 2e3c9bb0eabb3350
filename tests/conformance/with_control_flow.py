class CM:
    def __init__(self, log, name):
        self.log = log
        self.name = name
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self
    def __exit__(self, *exc):
        self.log.append(f"exit {self.name} {exc[0].__name__ if exc[0] else None}")
        return False

def ret(log):
    with CM(log, "r"):
        return "returned"

def loop(log):
    for i in range(4):
        with CM(log, str(i)):
            if i == 1:
                continue
            if i == 2:
                break
            log.append("body " + str(i))
    return "done"

def nested(log):
    with CM(log, "a"):
        try:
            with CM(log, "b"):
                raise ValueError
        except ValueError:
            log.append("handled")
        return len(log)

def in_finally(log):
    try:
        with CM(log, "f"):
            return 1
    finally:
        log.append("finally")

for fn in (ret, loop, nested, in_finally):
    log = []
    print(fn.__name__, fn(log), log)

def gen(log):
    with CM(log, "g"):
        yield 1
        yield 2
log = []
print(list(gen(log)), log)
